using Mentoring.Domain;

namespace Mentoring.Matching.Distributed;

/// <summary>
/// A programme prepared for many recommendation requests. The mentors are encoded once (<see cref="EncodedMentors"/>),
/// and each request encodes only its own mentee against them, so preparing costs the mentor pool rather than the
/// programme. Peer programmes, whose people sit on both sides, keep the whole round's encoding. Either way a request
/// returns exactly what <see cref="Recommendations.For(MatchingRequest, string, int)"/> returns on the same request.
/// Thread-safe.
/// </summary>
public sealed class RecommendationPool
{
    private readonly DistributedRound? _peers;
    private readonly EncodedMentors? _mentors;
    private readonly MentorTables? _tables;
    private readonly Dictionary<string, Participant> _mentees;
    private readonly Dictionary<string, PreviousPair[]> _previous;
    private readonly Dictionary<string, List<int>> _namingMentors;

    private RecommendationPool(
        DistributedRound? peers, EncodedMentors? mentors, MentorTables? tables, Dictionary<string, Participant> mentees,
        Dictionary<string, PreviousPair[]> previous, Dictionary<string, List<int>> namingMentors)
    {
        _peers = peers;
        _mentors = mentors;
        _tables = tables;
        _mentees = mentees;
        _previous = previous;
        _namingMentors = namingMentors;
    }

    /// <summary>The mentees a request may name.</summary>
    public int MenteeCount => _peers?.MenteeCount ?? _mentees.Count;

    /// <summary>Participants encoded when the pool was prepared: the mentors, or every peer of a peer programme.</summary>
    public int EncodedCount => _peers?.MentorCount ?? _mentors!.Side.Count;

    public static RecommendationPool Prepare(MatchingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if ((request.Solver ?? request.Programme.Policy.Solver) == SolverMode.Peer)
        {
            return new RecommendationPool(DistributedRound.Prepare(request), null, null, [], [], []);
        }

        var mentors = EncodedMentors.Encode(request.Programme, request.Participants.Where(p => p.IsMentor));
        var side = mentors.Side;
        var tables = new MentorTables(mentors.WithoutMentees(), MatchingEngine.Capacities(side, request.RemainingCapacity, peer: false));
        return new RecommendationPool(
            null,
            mentors,
            tables,
            request.Participants.Where(p => p.IsMentee).ToDictionary(p => p.Id, StringComparer.Ordinal),
            request.PreviousPairs.GroupBy(p => p.MenteeId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal),
            NamingMentors(side));
    }

    public bool Contains(string menteeId) =>
        _peers is { } peers ? peers.Scorer.Mentees.IndexOf(menteeId) >= 0 : _mentees.ContainsKey(menteeId);

    /// <summary>The best <paramref name="topN"/> feasible mentors of one mentee, scored and explained.</summary>
    /// <exception cref="ArgumentException">The mentee is not in the pool.</exception>
    public IReadOnlyList<ProposedMatch> Recommend(string menteeId, int topN)
    {
        ArgumentNullException.ThrowIfNull(menteeId);
        if (_peers is { } peers)
        {
            return peers.Recommend(menteeId, topN);
        }

        if (!_mentees.TryGetValue(menteeId, out var mentee))
        {
            throw new ArgumentException($"'{menteeId}' is not a mentee of this round.", nameof(menteeId));
        }

        var round = _mentors!.WithMentee(mentee);
        var exceptions = PairExceptions.Build(round, _previous.GetValueOrDefault(menteeId) ?? [], _namingMentors.GetValueOrDefault(menteeId) ?? []);
        return Recommendations.For(new PairScorer(round, exceptions, _tables!), menteeId, topN);
    }

    /// <summary>Per participant id, the mentors (ascending) whose blocks, reporting lines, ranked choices or engagements name it.</summary>
    private static Dictionary<string, List<int>> NamingMentors(EncodedSide mentors)
    {
        var naming = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var m = 0; m < mentors.Count; m++)
        {
            var p = mentors.Participants[m];
            foreach (var id in p.Blocked.Concat(p.ReportingLine).Concat(p.RankedChoices).Concat(p.PriorEngagements))
            {
                var list = naming.TryGetValue(id, out var found) ? found : naming[id] = [];
                if (list.Count == 0 || list[^1] != m)
                {
                    list.Add(m);
                }
            }
        }

        return naming;
    }
}
