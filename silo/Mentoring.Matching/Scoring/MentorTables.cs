namespace Mentoring.Matching;

/// <summary>
/// What a scorer derives from the mentor side alone: remaining capacities, the full mentors, the mentors with a competitor
/// and, per competitor class, the mentors it competes with, and the SIMD columns. A recommendation pool builds these once
/// and shares them with every one-mentee scorer it makes.
/// </summary>
internal sealed class MentorTables
{
    private readonly int[][] _competingMentors;
    private readonly Lazy<MentorColumns> _columns;

    public MentorTables(EncodedRound round, int[] remainingCapacities)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(remainingCapacities);
        if (remainingCapacities.Length != round.Mentors.Count)
        {
            throw new ArgumentException("One remaining capacity per mentor is required.", nameof(remainingCapacities));
        }

        var mentors = round.Mentors;
        Mentors = mentors;
        Capacities = remainingCapacities;
        CompetitorMentors = [.. Enumerable.Range(0, mentors.Count).Where(m => mentors.CompetitorClass[m] >= 0)];
        FullMentors = [.. Enumerable.Range(0, mentors.Count).Where(m => remainingCapacities[m] <= 0)];
        _competingMentors = new int[round.CompetitorClassCount][];
        for (var c = 0; c < _competingMentors.Length; c++)
        {
            var menteeClass = c;
            _competingMentors[c] = [.. CompetitorMentors.Where(m => round.AreCompetitors(menteeClass, mentors.CompetitorClass[m]))];
        }

        _columns = new Lazy<MentorColumns>(() => new MentorColumns(mentors), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The mentor side these tables were built from.</summary>
    public EncodedSide Mentors { get; }

    public int[] Capacities { get; }

    public int[] CompetitorMentors { get; }

    public int[] FullMentors { get; }

    public MentorColumns Columns => _columns.Value;

    public ReadOnlySpan<int> CompetingMentors(int menteeClass) => menteeClass < 0 ? [] : _competingMentors[menteeClass];
}
