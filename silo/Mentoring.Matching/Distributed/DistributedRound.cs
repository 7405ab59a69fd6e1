using System.Diagnostics;
using Mentoring.Domain;
using Mentoring.Matching.Solvers;

namespace Mentoring.Matching.Distributed;

/// <summary>
/// Coordinator side of a round scored on many workers: <see cref="Prepare"/> encodes once (exactly as
/// <see cref="MatchingEngine.Run"/> does), <see cref="Plan"/> cuts mentees x mentors into slices, <see cref="Slice"/>
/// packs one for a worker (<see cref="SliceScorer.Score"/>), and <see cref="Complete"/> merges the blocks, solves and
/// explains. The result equals <see cref="MatchingEngine.Run"/> on the same request, whatever the batch sizes.
/// Thread-safe after <see cref="Prepare"/>.
/// </summary>
public sealed class DistributedRound
{
    private readonly MatchingRequest _request;
    private readonly PairScorer _scorer;
    private readonly SliceCutter _cutter;
    private readonly TimeSpan _encode;

    private DistributedRound(MatchingRequest request, SolverMode mode, PairScorer scorer, bool withRanks, TimeSpan encode)
    {
        _request = request;
        _scorer = scorer;
        Mode = mode;
        WithRanks = withRanks;
        _encode = encode;
        _cutter = new SliceCutter(scorer, request.Programme.Policy.TopK, withRanks);
    }

    public MatchingRequest Request => _request;

    public int MenteeCount => _scorer.Mentees.Count;

    public int MentorCount => _scorer.Mentors.Count;

    public SolverMode Mode { get; }

    /// <summary>
    /// Peers sit on both sides (mentee i and mentor i are the same person). Scoring is still sliced like any round;
    /// the reverse-direction check and the blossom solve run centrally in <see cref="Complete"/>, as every solve does.
    /// </summary>
    public bool IsPeer => Mode == SolverMode.Peer;

    /// <summary>True when blocks carry ranked-choice positions (stable solve on ranked choices).</summary>
    public bool WithRanks { get; }

    /// <summary>Participant id of a mentee index (ordinal id order), for progress and logs.</summary>
    public string MenteeId(int mentee) => _scorer.Mentees.Participants[mentee].Id;

    public static DistributedRound Prepare(MatchingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var policy = request.Programme.Policy;
        var mode = request.Solver ?? policy.Solver;
        var peer = mode == SolverMode.Peer;
        var round = MatchingEngine.Encode(request.Programme, request.Participants, peer);
        var capacities = MatchingEngine.Capacities(round.Mentors, request.RemainingCapacity, peer);
        var scorer = new PairScorer(round, request.PreviousPairs, capacities);
        var withRanks = mode is SolverMode.StableMenteeProposing or SolverMode.StableMentorProposing
            && policy.StablePreferences == PreferenceSource.RankedChoices;
        return new DistributedRound(request, mode, scorer, withRanks, clock.Elapsed);
    }

    /// <summary>
    /// Slices in mentee-major order: every mentee batch against every mentor range. A round without mentors still gets one
    /// empty mentor range per mentee batch, so every mentee passes through a block.
    /// </summary>
    public IReadOnlyList<SliceBounds> Plan(int menteeBatch, int mentorBatch)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(menteeBatch);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(mentorBatch);
        var plan = new List<SliceBounds>();
        for (var mentee = 0; mentee < MenteeCount; mentee += menteeBatch)
        {
            var mentees = Math.Min(menteeBatch, MenteeCount - mentee);
            var mentor = 0;
            do
            {
                var mentors = Math.Min(mentorBatch, MentorCount - mentor);
                plan.Add(new SliceBounds(mentee, mentees, mentor, mentors));
                mentor += mentors;
            }
            while (mentor < MentorCount);
        }

        return plan;
    }

    public ScoringSlice Slice(SliceBounds bounds)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        if (bounds.MenteeStart < 0 || bounds.MenteeCount < 0 || bounds.MenteeStart + bounds.MenteeCount > MenteeCount
            || bounds.MentorStart < 0 || bounds.MentorCount < 0 || bounds.MentorStart + bounds.MentorCount > MentorCount)
        {
            throw new ArgumentOutOfRangeException(nameof(bounds), bounds, "The slice lies outside the round.");
        }

        return _cutter.Cut(bounds);
    }

    /// <summary>
    /// Merges one block per planned slice (any order), solves and explains. Throws <see cref="InvalidOperationException"/>
    /// when the blocks do not cover the round exactly once. Timings: Encode is <see cref="Prepare"/>, Score the merge.
    /// </summary>
    public MatchingResult Complete(IReadOnlyCollection<CandidateBlock> blocks, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var policy = _request.Programme.Policy;
        var merged = Merge(blocks, ct);
        var graph = merged.Graph;
        var merge = clock.Elapsed;

        var mentorOfMentee = IsPeer
            ? PeerRound.Solve(_scorer, graph, ct)
            : AssignmentSolvers.For(Mode).Solve(graph, policy with { Solver = Mode }, ct).MentorOfMentee;
        var solve = clock.Elapsed;

        var outcome = RoundOutcome.Build(_scorer, graph, mentorOfMentee, IsPeer, ct, merged.RuleCounts);

        // The opt-in dump of every feasible pair is not sliced: it is a debugging aid as large as the round.
        var feasible = _request.IncludeFeasiblePairs ? FeasiblePairs.All(_scorer, ct) : null;
        var explain = clock.Elapsed;

        return new MatchingResult(
            outcome.Matches,
            outcome.Unmatched,
            outcome.Summary,
            feasible,
            new PhaseTimings(_encode, merge, solve - merge, explain - solve));
    }

    /// <summary>Best <paramref name="topN"/> feasible mentors for one mentee, scored and explained; see <see cref="Recommendations"/>.</summary>
    public IReadOnlyList<ProposedMatch> Recommend(string menteeId, int topN) => Recommendations.For(_scorer, menteeId, topN);

    internal MergedCandidates Merge(IReadOnlyCollection<CandidateBlock> blocks, CancellationToken ct) =>
        BlockMerger.Merge(blocks, MenteeCount, _scorer.CapacityArray, _request.Programme.Policy.TopK, WithRanks, ct);

    internal PairScorer Scorer => _scorer;
}
