using Mentoring.Domain;

namespace Mentoring.Grains;

/// <summary>
/// One stored row of a membership shard. A write stores only its bucket, so the bytes written per profile change stay
/// small as a programme grows; concurrent changes to a bucket are coalesced into one write.
/// </summary>
internal sealed class MembershipBucket
{
    private readonly IPersistentState<MembershipState> _state;
    private readonly GroupCommit _commit;
    private Dictionary<string, Participant>? _profiles;

    public MembershipBucket(IPersistentState<MembershipState> state)
    {
        _state = state;
        _commit = new GroupCommit(() =>
        {
            // The provider serialises after its own awaits; hand it a copy no interleaved call can change.
            _state.State = new MembershipState
            {
                Profiles = new Dictionary<string, Participant>(Profiles, StringComparer.Ordinal),
            };
            return _state.WriteStateAsync();
        });
    }

    /// <summary>The working copy of the bucket's profiles; change it, then call <see cref="PersistAsync"/>.</summary>
    public Dictionary<string, Participant> Profiles => _profiles ??= new(_state.State.Profiles, StringComparer.Ordinal);

    /// <summary>Completes once every change made before the call is stored.</summary>
    public Task PersistAsync() => _commit.PersistAsync();

    /// <summary>Empties the bucket and removes its row.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        Profiles.Clear();
        await PersistAsync();
        await _state.ClearStateAsync(cancellationToken);
    }
}
