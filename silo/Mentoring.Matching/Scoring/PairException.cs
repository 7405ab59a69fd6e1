namespace Mentoring.Matching;

/// <summary>What is special about one (mentee, mentor) pair beyond their features: a pair-level exclusion, ranks or engagement.</summary>
internal struct PairException
{
    public int Mentor;
    public ExclusionRule Rule;
    public int MenteeRank;
    public int MentorRank;
    public float Engagement;

    public static PairException For(int mentor) => new()
    {
        Mentor = mentor,
        Rule = ExclusionRule.None,
        MenteeRank = CandidateGraph.Unranked,
        MentorRank = CandidateGraph.Unranked,
    };

    /// <summary>Rank component (0..1): the mean of both sides' rank credit.</summary>
    public readonly float RankScore => (Credit(MenteeRank) + Credit(MentorRank)) * 0.5f;

    public void Exclude(ExclusionRule rule)
    {
        if (Rule == ExclusionRule.None || rule < Rule)
        {
            Rule = rule;
        }
    }

    private static float Credit(int rank) =>
        rank >= ScoringConstants.RankSpan ? 0f : 1f - ((float)rank / ScoringConstants.RankSpan);
}
