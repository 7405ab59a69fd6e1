namespace Mentoring.Matching.Distributed;

/// <summary>
/// Everything a worker needs to score one <see cref="SliceBounds"/> of a round, as primitive arrays only, so a grain
/// message can mirror it field by field. Indices inside are local to the slice (mentor 0 is <see cref="MentorStart"/>).
/// </summary>
/// <remarks>
/// Layouts: <see cref="Header"/> by <see cref="SliceHeader"/>; <see cref="Weights"/> the component weights then the
/// minimum score; side words <c>count x stride</c> as in <see cref="EncodedSide.Words"/>; side fields field-major by
/// <see cref="SideField"/>; <see cref="Competitors"/> the class x class competitor matrix (1 = competitors);
/// pair exceptions CSR by local mentee with local mentors ascending, three <see cref="ExceptionFacts"/> per entry.
/// </remarks>
public sealed class ScoringSlice
{
    private static readonly int FieldCount = Enum.GetValues<SideField>().Length;

    public ScoringSlice(
        int[] header,
        double[] weights,
        ulong[] menteeWords,
        int[] menteeFields,
        ulong[] mentorWords,
        int[] mentorFields,
        int[] mentorCapacities,
        byte[] competitors,
        int[] exceptionOffsets,
        int[] exceptionMentors,
        int[] exceptionFacts,
        float[] exceptionEngagement)
    {
        Header = header ?? throw new ArgumentNullException(nameof(header));
        Weights = weights ?? throw new ArgumentNullException(nameof(weights));
        MenteeWords = menteeWords ?? throw new ArgumentNullException(nameof(menteeWords));
        MenteeFields = menteeFields ?? throw new ArgumentNullException(nameof(menteeFields));
        MentorWords = mentorWords ?? throw new ArgumentNullException(nameof(mentorWords));
        MentorFields = mentorFields ?? throw new ArgumentNullException(nameof(mentorFields));
        MentorCapacities = mentorCapacities ?? throw new ArgumentNullException(nameof(mentorCapacities));
        Competitors = competitors ?? throw new ArgumentNullException(nameof(competitors));
        ExceptionOffsets = exceptionOffsets ?? throw new ArgumentNullException(nameof(exceptionOffsets));
        ExceptionMentors = exceptionMentors ?? throw new ArgumentNullException(nameof(exceptionMentors));
        ExceptionFacts = exceptionFacts ?? throw new ArgumentNullException(nameof(exceptionFacts));
        ExceptionEngagement = exceptionEngagement ?? throw new ArgumentNullException(nameof(exceptionEngagement));
        Validate();
    }

    public int[] Header { get; }
    public double[] Weights { get; }
    public ulong[] MenteeWords { get; }
    public int[] MenteeFields { get; }
    public ulong[] MentorWords { get; }
    public int[] MentorFields { get; }
    public int[] MentorCapacities { get; }
    public byte[] Competitors { get; }
    public int[] ExceptionOffsets { get; }
    public int[] ExceptionMentors { get; }
    public int[] ExceptionFacts { get; }
    public float[] ExceptionEngagement { get; }

    public int MenteeStart => Header[SliceHeader.MenteeStart];
    public int MenteeCount => Header[SliceHeader.MenteeCount];
    public int MentorStart => Header[SliceHeader.MentorStart];
    public int MentorCount => Header[SliceHeader.MentorCount];
    public int TopK => Header[SliceHeader.TopK];
    public bool WithRanks => Header[SliceHeader.WithRanks] != 0;

    public SliceBounds Bounds => new(MenteeStart, MenteeCount, MentorStart, MentorCount);

    /// <summary>Approximate payload of the arrays, to size messages.</summary>
    public long PayloadBytes =>
        (4L * (Header.Length + MenteeFields.Length + MentorFields.Length + MentorCapacities.Length + ExceptionOffsets.Length + ExceptionMentors.Length + ExceptionFacts.Length + ExceptionEngagement.Length))
        + (8L * (Weights.Length + MenteeWords.Length + MentorWords.Length))
        + Competitors.Length;

    internal FeatureLayout Layout() => new(
        Header[SliceHeader.SkillWords],
        Header[SliceHeader.GoalWords],
        Header[SliceHeader.InterestWords],
        Header[SliceHeader.LanguageWords]);

    private void Validate()
    {
        if (Header.Length != SliceHeader.Length)
        {
            throw new ArgumentException($"The header has {SliceHeader.Length} entries.", nameof(Header));
        }

        if (Weights.Length != SliceHeader.WeightCount)
        {
            throw new ArgumentException($"Weights has {SliceHeader.WeightCount} entries.", nameof(Weights));
        }

        int mentees = MenteeCount, mentors = MentorCount, classes = Header[SliceHeader.CompetitorClasses];
        if (mentees < 0 || mentors < 0 || MenteeStart < 0 || MentorStart < 0 || TopK <= 0 || classes < 0)
        {
            throw new ArgumentException("Counts and starts must be non-negative and top K positive.", nameof(Header));
        }

        var stride = Layout().Stride;
        Check(MenteeWords.Length == (long)mentees * stride, nameof(MenteeWords));
        Check(MentorWords.Length == (long)mentors * stride, nameof(MentorWords));
        Check(MenteeFields.Length == (long)mentees * FieldCount, nameof(MenteeFields));
        Check(MentorFields.Length == (long)mentors * FieldCount, nameof(MentorFields));
        Check(MentorCapacities.Length == mentors, nameof(MentorCapacities));
        Check(Competitors.Length == (long)classes * classes, nameof(Competitors));
        Check(ExceptionOffsets.Length == mentees + 1 && ExceptionOffsets[0] == 0 && ExceptionOffsets[mentees] == ExceptionMentors.Length, nameof(ExceptionOffsets));
        Check(ExceptionFacts.Length == (long)ExceptionMentors.Length * SliceHeader.FactsPerException, nameof(ExceptionFacts));
        Check(ExceptionEngagement.Length == ExceptionMentors.Length, nameof(ExceptionEngagement));
        foreach (var mentor in ExceptionMentors)
        {
            Check((uint)mentor < (uint)mentors, nameof(ExceptionMentors));
        }
    }

    private static void Check(bool condition, string name)
    {
        if (!condition)
        {
            throw new ArgumentException("The array's length or content does not match the header.", name);
        }
    }
}
