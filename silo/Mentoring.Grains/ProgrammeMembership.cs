using Mentoring.Abstractions;
using Mentoring.Domain;

namespace Mentoring.Grains;

/// <summary>A programme's participants as the participants table holds them: listing, counting and erasing them all.</summary>
internal sealed class ProgrammeMembership(IGrainFactory grains, IParticipantStore store, string programmeId)
{
    private const int ErasePageSize = 500;

    public Task<bool> AnyAsync(CancellationToken cancellationToken) => store.AnyAsync(programmeId, cancellationToken);

    /// <summary>One page in id order; the next page starts after the last id when the page came back full.</summary>
    public async Task<ParticipantPage> ListAsync(ParticipantCursor cursor, int pageSize, ParticipantRole? role, CancellationToken cancellationToken)
    {
        // One row more than asked says whether another page follows.
        var states = await store.ListAsync(programmeId, cursor.AfterId, pageSize + 1, role, cancellationToken);
        var page = states.Take(pageSize).Select(s => s.ToSnapshot()!).ToArray();
        return new ParticipantPage([.. page], states.Length > pageSize ? new ParticipantCursor(page[^1].Participant.Id) : null);
    }

    /// <summary>Deletes every participant through its grain, the only writer of its row.</summary>
    public async Task EraseAllAsync(CancellationToken cancellationToken)
    {
        string? afterId = null;
        while (await store.ListIdsAsync(programmeId, afterId, ErasePageSize, cancellationToken) is { Count: > 0 } ids)
        {
            await Task.WhenAll(ids.Select(id =>
                grains.GetGrain<IParticipantGrain>(GrainKeys.Participant(programmeId, id)).DeleteAsync(null, cancellationToken)));
            afterId = ids[^1];
        }
    }
}
