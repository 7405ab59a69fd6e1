using System.Globalization;
using Mentoring.Domain;
using Mentoring.Matching;
using Mentoring.Matching.Solvers;

namespace Mentoring.Benchmarks.Solvers;

/// <summary>
/// Scale runs for the solvers, printed as markdown rows. Usage: <c>solvers-scale [optimal|stable|peer|gaps|export PATH|all]</c>.
/// </summary>
public static class SolverScaleRun
{
    private const int Seed = BenchmarkGraphs.Seed;
    private const int K = 32;

    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var what = args.Length == 0 ? "all" : args[0];
        if (what is "optimal" or "all")
        {
            Optimal(10_000, 2_000);
            Optimal(50_000, 10_000);
        }

        if (what is "stable" or "all")
        {
            Stable(50_000, 10_000);
        }

        if (what is "peer" or "all")
        {
            Peer(2_000, 16);
            Peer(2_000, 32);
        }

        if (what is "gaps" or "all")
        {
            OptimalGap(2_000, 400);
            PeerGap(500);
        }

        if (what == "export")
        {
            Export(10_000, 2_000, args.Length > 1 ? args[1] : "solver-graph.bin");
        }

        return 0;
    }

    private static CandidateGraph TopKGraph(int mentees, int mentors, int k) =>
        BenchmarkGraphs.TopK($"{mentees}x{mentors}", k);

    private static void Optimal(int mentees, int mentors)
    {
        var graph = TopKGraph(mentees, mentors, K);
        foreach (var maximiseCount in new[] { true, false })
        {
            foreach (var fairLoad in new[] { false, true })
            {
                var policy = MatchingPolicy.Default with { MaximiseMatchCount = maximiseCount, FairLoad = fairLoad };
                var (assignment, min, median) = Timing.Measure(() => new OptimalSolver().Solve(graph, policy, CancellationToken.None), 3);
                Console.WriteLine(
                    $"| optimal {mentees}x{mentors} top-{K} count-first={maximiseCount} fair={fairLoad} | {graph.EdgeCount} edges | {min:F2} s (median {median:F2}) | matched {assignment.MatchedCount}, total {assignment.TotalScore(graph):F3} |");
            }
        }
    }

    private static void Stable(int mentees, int mentors)
    {
        var graph = TopKGraph(mentees, mentors, K);
        foreach (var side in new[] { ProposingSide.Mentees, ProposingSide.Mentors })
        {
            var (assignment, min, median) = Timing.Measure(() => new StableSolver(side).Solve(graph, MatchingPolicy.Default, CancellationToken.None), 5);
            Console.WriteLine(
                $"| stable {side}-proposing {mentees}x{mentors} top-{K} | {graph.EdgeCount} edges | {min:F3} s (median {median:F3}) | matched {assignment.MatchedCount}, total {assignment.TotalScore(graph):F3} |");
        }
    }

    private static void Peer(int peers, int k)
    {
        var graph = SyntheticPeerGraphs.TopK(new SyntheticScores(peers, peers, Seed), k);
        var (mate, min, median) = Timing.Measure(() => new PeerSolver().Solve(graph, CancellationToken.None), 3);
        Console.WriteLine(
            $"| peer blossom {peers} peers top-{k} | {graph.EdgeCount} edges | {min:F2} s (median {median:F2}) | pairs {mate.Count(m => m >= 0) / 2}, total {PeerTotal(graph, mate):F3} |");
    }

    private static void OptimalGap(int mentees, int mentors)
    {
        var scores = new SyntheticScores(mentees, mentors, Seed);
        var capacities = SyntheticGraphs.Capacities(mentors, Seed);
        var full = SyntheticGraphs.Full(scores, capacities);
        foreach (var maximiseCount in new[] { false, true })
        {
            var policy = MatchingPolicy.Default with { MaximiseMatchCount = maximiseCount };
            var exact = new OptimalSolver().Solve(full, policy, CancellationToken.None);
            var exactTotal = exact.TotalScore(full);
            Console.WriteLine($"| optimal gap {mentees}x{mentors} full count-first={maximiseCount} | {full.EdgeCount} edges | matched {exact.MatchedCount} | total {exactTotal:F3} | - |");
            foreach (var k in new[] { 4, 8, 16, 32 })
            {
                var pruned = SyntheticGraphs.TopK(scores, capacities, k);
                var result = new OptimalSolver().Solve(pruned, policy, CancellationToken.None);
                var total = result.TotalScore(pruned);
                Console.WriteLine(
                    $"| optimal gap {mentees}x{mentors} top-{k} count-first={maximiseCount} | {pruned.EdgeCount} edges | matched {result.MatchedCount} | total {total:F3} | {100 * (exactTotal - total) / exactTotal:F3} % |");
                var both = SyntheticGraphs.TopKBothSides(scores, capacities, k);
                var bothResult = new OptimalSolver().Solve(both, policy, CancellationToken.None);
                var bothTotal = bothResult.TotalScore(both);
                Console.WriteLine(
                    $"| optimal gap {mentees}x{mentors} top-{k} both sides count-first={maximiseCount} | {both.EdgeCount} edges | matched {bothResult.MatchedCount} | total {bothTotal:F3} | {100 * (exactTotal - bothTotal) / exactTotal:F3} % |");
            }
        }
    }

    private static void PeerGap(int peers)
    {
        var scores = new SyntheticScores(peers, peers, Seed);
        var full = SyntheticPeerGraphs.Full(scores);
        var (exact, seconds, _) = Timing.Measure(() => new PeerSolver().Solve(full, CancellationToken.None), 1);
        var exactTotal = PeerTotal(full, exact);
        Console.WriteLine($"| peer gap {peers} full | {full.EdgeCount} edges | {seconds:F2} s | pairs {exact.Count(m => m >= 0) / 2}, total {exactTotal:F3} | - |");
        foreach (var k in new[] { 4, 8, 16, 32 })
        {
            var pruned = SyntheticPeerGraphs.TopK(scores, k);
            var (mate, prunedSeconds, _) = Timing.Measure(() => new PeerSolver().Solve(pruned, CancellationToken.None), 1);
            var total = PeerTotal(pruned, mate);
            Console.WriteLine(
                $"| peer gap {peers} top-{k} | {pruned.EdgeCount} edges | {prunedSeconds:F2} s | pairs {mate.Count(m => m >= 0) / 2}, total {total:F3} | {100 * (exactTotal - total) / exactTotal:F3} % |");
        }
    }

    private static void Export(int mentees, int mentors, string path)
    {
        var graph = TopKGraph(mentees, mentors, K);
        GraphExport.Write(graph, path);
        var policy = MatchingPolicy.Default with { MaximiseMatchCount = false, FairLoad = false };
        var (assignment, min, median) = Timing.Measure(() => new OptimalSolver().Solve(graph, policy, CancellationToken.None), 3);
        Console.WriteLine(
            $"| OptimalSolver {mentees}x{mentors} top-{K} count-first=False (written to {path}) | {min:F3} s (median {median:F3}) | matched {assignment.MatchedCount} | total {assignment.TotalScore(graph):F6} |");
    }

    private static double PeerTotal(PeerGraph graph, int[] mate)
    {
        var total = 0.0;
        for (var k = 0; k < graph.EdgeCount; k++)
        {
            if (mate[graph.U[k]] == graph.V[k])
            {
                total += graph.Scores[k];
            }
        }

        return total;
    }
}
