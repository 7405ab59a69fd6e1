namespace Mentoring.Matching.Distributed;

/// <summary>
/// Worker side of a distributed round: scores one slice with the in-process kernels and keeps each mentee's top K
/// and each mentor's top K inside the slice. Deterministic; parallel over mentee blocks inside.
/// </summary>
public static class SliceScorer
{
    public static CandidateBlock Score(ScoringSlice slice, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var scorer = SliceRound.Scorer(slice);
        var (graph, mentorSide) = CandidateGraphBuilder.BuildSides(scorer, slice.TopK, slice.WithRanks, ct);

        var mentors = graph.Mentors.ToArray();
        for (var e = 0; e < mentors.Length; e++)
        {
            mentors[e] += slice.MentorStart;
        }

        var mentees = (int[])mentorSide.Mentees.Clone();
        for (var e = 0; e < mentees.Length; e++)
        {
            mentees[e] += slice.MenteeStart;
        }

        return new CandidateBlock(
            slice.Bounds,
            graph.Offsets.ToArray(),
            mentors,
            graph.Scores.ToArray(),
            RuleCounts(scorer, graph, ct),
            (long)slice.MenteeCount * slice.MentorCount,
            slice.WithRanks ? graph.MenteeRanks.ToArray() : null,
            slice.WithRanks ? graph.MentorRanks.ToArray() : null,
            mentorSide.Offsets,
            mentees,
            mentorSide.Scores,
            slice.WithRanks ? mentorSide.MenteeRanks : null,
            slice.WithRanks ? mentorSide.MentorRanks : null);
    }

    // A mentee with a candidate anywhere never needs its counts, and one without has none in every slice, so counting
    // only the slice's empty rows still sums to the whole-round counts wherever they are read. The mentor side cannot
    // change which rows are empty: a mentee without its own candidates has no feasible pair for any mentor to keep.
    private static int[] RuleCounts(PairScorer scorer, CandidateGraph graph, CancellationToken ct)
    {
        var rules = ExclusionCounter.RuleCount;
        var counts = new int[graph.MenteeCount * rules];
        if (graph.MentorCount == 0)
        {
            return counts;
        }

        var empty = Enumerable.Range(0, graph.MenteeCount).Where(m => graph.MentorsOf(m).IsEmpty).ToArray();
        Parallel.For(0, empty.Length, LoopOptions.For(ct), i =>
            ExclusionCounter.Count(scorer, empty[i], counts.AsSpan(empty[i] * rules, rules)));
        return counts;
    }
}
