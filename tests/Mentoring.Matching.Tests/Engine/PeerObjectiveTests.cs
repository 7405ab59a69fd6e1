using Mentoring.Domain;
using Mentoring.Matching.Solvers;
using Mentoring.Matching.Tests.Support;

namespace Mentoring.Matching.Tests.Engine;

/// <summary>
/// A peer round maximises the total score (docs/MATCHING.md), not the number of pairs: on a path a–b–c–d whose
/// middle pair outweighs both ends together, it pairs the middle alone, whatever maximise_match_count says.
/// </summary>
public sealed class PeerObjectiveTests
{
    [Fact]
    public void The_solver_counts_pairs_first_only_when_asked()
    {
        var path = new PeerGraph(4, [new(0, 1, 0.35f), new(1, 2, 0.94f), new(2, 3, 0.40f)]);

        Assert.Equal([-1, 2, 1, -1], new PeerSolver().Solve(path, CancellationToken.None));
        Assert.Equal([1, 0, 3, 2], new PeerSolver(maximiseMatchCount: true).Solve(path, CancellationToken.None));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_peer_round_pairs_the_heavy_middle_of_a_path_whatever_maximise_match_count_says(bool maximiseMatchCount)
    {
        var programme = new ProgrammeBuilder().Policy(p => p with { Solver = SolverMode.Peer, MaximiseMatchCount = maximiseMatchCount }).Build();

        var result = new MatchingEngine().Run(new MatchingRequest(programme, Path()) { IncludeFeasiblePairs = true });

        var weight = Weights(result);
        Assert.Equal(["a-b", "b-c", "c-d"], weight.Keys.Order(StringComparer.Ordinal));
        Assert.True(weight["b-c"] > weight["a-b"] + weight["c-d"], $"b-c {weight["b-c"]}, a-b {weight["a-b"]}, c-d {weight["c-d"]}");
        var match = Assert.Single(result.Matches);
        Assert.Equal("b-c", Key(match.MenteeId, match.MentorId));
    }

    // b and c want what the other offers and share goals and interests; a and d overlap them for one hour only.
    // Blocks leave the path a–b, b–c, c–d.
    private static Participant[] Path() =>
    [
        ParticipantBuilder.Peer("a").Available(1).Blocks("c", "d").Build(),
        ParticipantBuilder.Peer("b").Offers(("Kotlin", 5)).Wants(("Sql", 3)).Goals("Career").Interests("Chess", "Hiking").Build(),
        ParticipantBuilder.Peer("c").Offers(("Sql", 5)).Wants(("Kotlin", 3)).Goals("Career").Interests("Chess", "Hiking").Build(),
        ParticipantBuilder.Peer("d").Available(1).Blocks("a", "b").Build(),
    ];

    /// <summary>Each feasible pair's peer weight: the mean of its two directions.</summary>
    private static Dictionary<string, double> Weights(MatchingResult result) =>
        result.FeasiblePairs!
            .GroupBy(p => Key(p.MenteeId, p.MentorId))
            .ToDictionary(g => g.Key, g => g.Average(p => p.Score));

    private static string Key(string one, string other) =>
        string.CompareOrdinal(one, other) < 0 ? $"{one}-{other}" : $"{other}-{one}";
}
