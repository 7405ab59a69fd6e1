using Mentoring.Abstractions;
using Mentoring.Abstractions.Matches;
using Mentoring.Domain;
using Mentoring.Matching.Distributed;

namespace Mentoring.Grains;

/// <summary>
/// A membership shard's mentors encoded for recommendations, built on first use and again after a mentor, a match load
/// or the programme changes, so a recommendation never sees a stale profile and never encodes a mentor twice in between.
/// </summary>
internal sealed class ShardMentorPool(
    IProgrammeGrain programme, Func<IEnumerable<Participant>> mentors, Func<IReadOnlyDictionary<string, MatchLoad>> loads)
{
    private ProgrammeSnapshot? _programme;
    private MentorPool? _pool;

    public void Invalidate() => _pool = null;

    /// <summary>The pool for the programme as of <paramref name="programmeEtag"/> or newer; null when the programme is gone.</summary>
    public async Task<MentorPool?> GetAsync(string programmeEtag, CancellationToken cancellationToken)
    {
        if (_programme?.Etag != programmeEtag)
        {
            var fresh = await programme.GetAsync(cancellationToken);
            if (fresh?.Etag != _programme?.Etag)
            {
                _programme = fresh;
                _pool = null;
            }
        }

        return _programme is { } current ? _pool ??= Build(current.Programme) : null;
    }

    private MentorPool Build(Programme current)
    {
        var peer = current.Policy.Solver == SolverMode.Peer;
        var held = loads();
        var members = mentors().ToList();
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mentor in members)
        {
            if (held.TryGetValue(mentor.Id, out var load))
            {
                remaining[mentor.Id] = Math.Max(0, peer ? MatchLimits.PeerActiveMatches - load.AsPeer : mentor.Capacity - load.AsMentor);
            }
        }

        return MentorPool.Build(current, members, remaining);
    }
}
