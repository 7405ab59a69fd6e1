namespace Mentoring.Matching.Distributed;

/// <summary>Cuts one slice out of a whole encoded round: the rows of both ranges and the pair exceptions between them.</summary>
internal sealed class SliceCutter
{
    private readonly PairScorer _scorer;
    private readonly int _topK;
    private readonly bool _withRanks;
    private readonly double[] _weights;
    private readonly byte[] _competitors;
    private readonly int _competitorClasses;

    public SliceCutter(PairScorer scorer, int topK, bool withRanks)
    {
        _scorer = scorer;
        _topK = topK;
        _withRanks = withRanks;
        _weights = [.. scorer.Policy.Weights, scorer.Policy.MinimumScore];
        (_competitors, _competitorClasses) = CompetitorMatrix(scorer.Round);
    }

    public ScoringSlice Cut(SliceBounds bounds)
    {
        var round = _scorer.Round;
        var layout = round.Layout;
        var policy = _scorer.Policy;
        int[] header = new int[SliceHeader.Length];
        header[SliceHeader.MenteeStart] = bounds.MenteeStart;
        header[SliceHeader.MenteeCount] = bounds.MenteeCount;
        header[SliceHeader.MentorStart] = bounds.MentorStart;
        header[SliceHeader.MentorCount] = bounds.MentorCount;
        header[SliceHeader.TopK] = _topK;
        header[SliceHeader.WithRanks] = _withRanks ? 1 : 0;
        header[SliceHeader.SkillWords] = layout.SkillWords;
        header[SliceHeader.GoalWords] = layout.GoalWords;
        header[SliceHeader.InterestWords] = layout.InterestWords;
        header[SliceHeader.LanguageWords] = layout.LanguageWords;
        header[SliceHeader.MinimumOverlapHours] = policy.MinimumOverlapHours;
        header[SliceHeader.TargetOverlapHours] = policy.TargetOverlapHours;
        header[SliceHeader.SeniorityGapMin] = policy.SeniorityGapMin;
        header[SliceHeader.SeniorityGapMax] = policy.SeniorityGapMax;
        header[SliceHeader.OrganisationMode] = (int)policy.OrganisationMode;
        header[SliceHeader.CompetitorClasses] = _competitorClasses;

        var (offsets, mentors, facts, engagement) = Exceptions(bounds);
        return new ScoringSlice(
            header,
            (double[])_weights.Clone(),
            SideColumns.Words(round.Mentees, bounds.MenteeStart, bounds.MenteeCount),
            SideColumns.Fields(round.Mentees, bounds.MenteeStart, bounds.MenteeCount),
            SideColumns.Words(round.Mentors, bounds.MentorStart, bounds.MentorCount),
            SideColumns.Fields(round.Mentors, bounds.MentorStart, bounds.MentorCount),
            _scorer.Capacities.Slice(bounds.MentorStart, bounds.MentorCount).ToArray(),
            (byte[])_competitors.Clone(),
            offsets,
            mentors,
            facts,
            engagement);
    }

    private (int[] Offsets, int[] Mentors, int[] Facts, float[] Engagement) Exceptions(SliceBounds bounds)
    {
        var offsets = new int[bounds.MenteeCount + 1];
        var kept = new List<PairException>();
        var mentorEnd = bounds.MentorStart + bounds.MentorCount;
        for (var i = 0; i < bounds.MenteeCount; i++)
        {
            foreach (var e in _scorer.Exceptions.Of(bounds.MenteeStart + i))
            {
                if (e.Mentor >= bounds.MentorStart && e.Mentor < mentorEnd)
                {
                    kept.Add(e);
                }
            }

            offsets[i + 1] = kept.Count;
        }

        var mentors = new int[kept.Count];
        var facts = new int[kept.Count * SliceHeader.FactsPerException];
        var engagement = new float[kept.Count];
        for (var e = 0; e < kept.Count; e++)
        {
            mentors[e] = kept[e].Mentor - bounds.MentorStart;
            facts[(e * SliceHeader.FactsPerException) + 0] = (int)kept[e].Rule;
            facts[(e * SliceHeader.FactsPerException) + 1] = kept[e].MenteeRank;
            facts[(e * SliceHeader.FactsPerException) + 2] = kept[e].MentorRank;
            engagement[e] = kept[e].Engagement;
        }

        return (offsets, mentors, facts, engagement);
    }

    private static (byte[] Matrix, int Classes) CompetitorMatrix(EncodedRound round)
    {
        // Classes are numbered densely from the participants' own organisations, so the largest one used bounds the matrix.
        var classes = 1 + Math.Max(MaxOrMinusOne(round.Mentees.CompetitorClass), MaxOrMinusOne(round.Mentors.CompetitorClass));
        var matrix = new byte[classes * classes];
        for (var a = 0; a < classes; a++)
        {
            for (var b = 0; b < classes; b++)
            {
                matrix[(a * classes) + b] = round.AreCompetitors(a, b) ? (byte)1 : (byte)0;
            }
        }

        return (matrix, classes);
    }

    private static int MaxOrMinusOne(int[] values) => values.Length == 0 ? -1 : values.Max();
}
