using Mentoring.Abstractions.Rounds;
using Mentoring.Matching;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>What every round must satisfy whatever happened on the way: capacities, hard rules, one match per mentee.</summary>
public static class RoundAssertions
{
    public static void AssertValid(RoundScenario scenario, IReadOnlyList<RoundMatch> matches)
    {
        var capacity = scenario.Participants.Where(p => p.IsMentor).ToDictionary(p => p.Id, p => p.Capacity);
        Assert.All(matches.GroupBy(m => m.MentorId), g => Assert.True(g.Count() <= capacity[g.Key], $"{g.Key} has {g.Count()} mentees, capacity {capacity[g.Key]}."));
        Assert.Equal(matches.Count, matches.Select(m => m.MenteeId).Distinct().Count());

        // Every hard rule holds exactly when the pair is feasible for the engine.
        var feasible = new MatchingEngine().Run(new MatchingRequest(scenario.Programme, scenario.Participants) { IncludeFeasiblePairs = true })
            .FeasiblePairs!.Select(p => (p.MenteeId, p.MentorId)).ToHashSet();
        Assert.All(matches, m => Assert.True(
            feasible.Contains((m.MenteeId, m.MentorId)) || feasible.Contains((m.MentorId, m.MenteeId)),
            $"{m.MenteeId} - {m.MentorId} breaks a hard rule."));
    }
}
