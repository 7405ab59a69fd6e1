using Mentoring.Abstractions.Rounds;
using Mentoring.Testing;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>Starts rounds through the registry and waits for them, reading their stored result.</summary>
public static class RoundDriver
{
    public static async Task<RoundSnapshot> RunAsync(IGrainFactory grains, string programmeId, string requestId, RoundScope scope = RoundScope.All, Mentoring.Domain.SolverMode? solver = null, bool dryRun = false,
        Mentoring.Domain.MatchingPolicy? policy = null)
    {
        var started = await grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(programmeId)).StartAsync(requestId, scope, solver, dryRun, policy);
        Assert.Equal(StartRoundStatus.Started, started.Status);
        return await WaitFinalAsync(grains, programmeId, started.Round!.Spec.RoundId);
    }

    public static async Task<RoundSnapshot> WaitFinalAsync(IGrainFactory grains, string programmeId, string roundId, TimeSpan? timeout = null)
    {
        var coordinator = grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(programmeId, roundId));
        var final = await Eventually.WaitAsync(
            () => coordinator.GetAsync(),
            snapshot => snapshot is { Progress.IsFinal: true },
            timeout ?? TimeSpan.FromMinutes(2),
            $"round {roundId} to end");
        return final!;
    }

    public static async Task<(List<RoundMatch> Matches, List<RoundUnmatched> Unmatched)> ResultAsync(IGrainFactory grains, string programmeId, string roundId)
    {
        var coordinator = grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(programmeId, roundId));
        var matches = new List<RoundMatch>();
        var unmatched = new List<RoundUnmatched>();
        for (var page = 0; await coordinator.GetPageAsync(page) is { } stored; page++)
        {
            matches.AddRange(stored.Matches);
            unmatched.AddRange(stored.Unmatched);
        }

        return (matches, unmatched);
    }
}
