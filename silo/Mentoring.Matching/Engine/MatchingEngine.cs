using System.Diagnostics;
using Mentoring.Domain;
using Mentoring.Matching.Solvers;

namespace Mentoring.Matching;

/// <summary>
/// Runs one matching round in process: encode, score every pair, keep the top K per mentee, solve, explain.
/// Thread-safe and stateless; the solver choice is injectable for tests.
/// </summary>
public sealed class MatchingEngine
{
    private readonly Func<SolverMode, IAssignmentSolver> _solverFor;

    public MatchingEngine()
        : this(AssignmentSolvers.For)
    {
    }

    public MatchingEngine(Func<SolverMode, IAssignmentSolver> solverFor)
    {
        ArgumentNullException.ThrowIfNull(solverFor);
        _solverFor = solverFor;
    }

    public MatchingResult Run(MatchingRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var programme = request.Programme;
        var policy = programme.Policy;
        var mode = request.Solver ?? policy.Solver;
        var peer = mode == SolverMode.Peer;
        var clock = Stopwatch.StartNew();

        var round = Encode(programme, request.Participants, peer);
        var capacities = Capacities(round.Mentors, request.RemainingCapacity, peer);
        var scorer = new PairScorer(round, request.PreviousPairs, capacities);
        var encode = clock.Elapsed;

        var withRanks = mode is SolverMode.StableMenteeProposing or SolverMode.StableMentorProposing
            && policy.StablePreferences == PreferenceSource.RankedChoices;
        var graph = CandidateGraphBuilder.Build(scorer, policy.TopK, withRanks, ct);
        var score = clock.Elapsed;

        var mentorOfMentee = peer
            ? PeerRound.Solve(scorer, graph, ct)
            : _solverFor(mode).Solve(graph, policy with { Solver = mode }, ct).MentorOfMentee;
        var solve = clock.Elapsed;

        var outcome = RoundOutcome.Build(scorer, graph, mentorOfMentee, peer, ct);
        var feasible = request.IncludeFeasiblePairs ? FeasiblePairs.All(scorer, ct) : null;
        var explain = clock.Elapsed;

        return new MatchingResult(
            outcome.Matches,
            outcome.Unmatched,
            outcome.Summary,
            feasible,
            new PhaseTimings(encode, score - encode, solve - score, explain - solve));
    }

    internal static EncodedRound Encode(Programme programme, IReadOnlyList<Participant> participants, bool peer)
    {
        if (peer)
        {
            var peers = participants.Where(p => p.Role == ParticipantRole.Peer).ToArray();
            return FeatureEncoder.Encode(programme, peers, peers);
        }

        return FeatureEncoder.Encode(programme, participants.Where(p => p.IsMentee).ToArray(), participants.Where(p => p.IsMentor).ToArray());
    }

    internal static int[] Capacities(EncodedSide mentors, IReadOnlyDictionary<string, int>? remaining, bool peer)
    {
        var capacities = new int[mentors.Count];
        for (var i = 0; i < capacities.Length; i++)
        {
            var p = mentors.Participants[i];
            // A peer pairs once per round whatever capacity it declared, unless the caller says it is used up.
            var full = peer ? 1 : p.Capacity;
            capacities[i] = Math.Max(0, remaining is not null && remaining.TryGetValue(p.Id, out var left) ? left : full);
        }

        return capacities;
    }
}
