namespace Mentoring.Matching;

/// <summary>Both sides of a round encoded against one shared vocabulary, plus the competitor matrix.</summary>
public sealed class EncodedRound
{
    private readonly bool[] _competitors;
    private readonly int _competitorClasses;

    internal EncodedRound(ScoringPolicy policy, FeatureLayout layout, EncodedSide mentees, EncodedSide mentors, bool[] competitors, int competitorClasses)
    {
        Policy = policy;
        Layout = layout;
        Mentees = mentees;
        Mentors = mentors;
        _competitors = competitors;
        _competitorClasses = competitorClasses;
    }

    /// <summary>The programme's policy, flattened for the kernels.</summary>
    internal ScoringPolicy Policy { get; }

    public FeatureLayout Layout { get; }
    public EncodedSide Mentees { get; }
    public EncodedSide Mentors { get; }

    /// <summary>True when the peers list is one set of people on both sides.</summary>
    public bool SameSides => ReferenceEquals(Mentees, Mentors);

    /// <summary>Organisations that appear in a competitor pair; classes run from 0 to this count.</summary>
    internal int CompetitorClassCount => _competitorClasses;

    public bool AreCompetitors(int menteeClass, int mentorClass) =>
        menteeClass >= 0 && mentorClass >= 0 && _competitors[(menteeClass * _competitorClasses) + mentorClass];
}
