using Mentoring.Matching.Distributed;

namespace Mentoring.Matching.Tests.Distributed;

/// <summary>Plays the grain coordinator in process: plan, slice, score every slice, return the blocks in a shuffled order.</summary>
public static class Coordinator
{
    public static CandidateBlock[] ScoreAll(DistributedRound round, Scenario scenario)
    {
        var blocks = round.Plan(scenario.MenteeBatch, scenario.MentorBatch)
            .Select(bounds => SliceScorer.Score(round.Slice(bounds)))
            .ToArray();
        new Random(scenario.ShuffleSeed).Shuffle(blocks);
        return blocks;
    }

    public static MatchingResult Run(Scenario scenario)
    {
        var round = DistributedRound.Prepare(scenario.Request);
        return round.Complete(ScoreAll(round, scenario), CancellationToken.None);
    }
}
