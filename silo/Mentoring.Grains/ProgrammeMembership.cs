using Mentoring.Abstractions;
using Mentoring.Domain;

namespace Mentoring.Grains;

/// <summary>A programme's participants as the participants table holds them: listing, counting and erasing them all.</summary>
internal sealed class ProgrammeMembership(IGrainFactory grains, IParticipantStore store, string programmeId)
{
    private const int ErasePageSize = 500;
    private const int SearchChunk = 500;

    public Task<bool> AnyAsync(CancellationToken cancellationToken) => store.AnyAsync(programmeId, cancellationToken);

    /// <summary>
    /// One page in id order; the next page starts after the last id when the page came back full. With a search, rows
    /// are read in id order and kept when they match, until the page is full or <see cref="ParticipantSearch.MaxExaminedPerPage"/>
    /// rows were examined; then the next page starts after the last row examined, so a page may be short.
    /// </summary>
    public async Task<ParticipantPage> ListAsync(ParticipantCursor cursor, int pageSize, ParticipantRole? role, string? search, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(search))
        {
            // One row more than asked says whether another page follows.
            var states = await store.ListAsync(programmeId, cursor.AfterId, pageSize + 1, role, cancellationToken);
            var page = states.Take(pageSize).Select(s => s.ToSnapshot()!).ToArray();
            return new ParticipantPage([.. page], states.Length > pageSize ? new ParticipantCursor(page[^1].Participant.Id) : null);
        }

        var found = new List<ParticipantSnapshot>(pageSize);
        var afterId = cursor.AfterId;
        var examined = 0;
        while (examined < ParticipantSearch.MaxExaminedPerPage)
        {
            var wanted = Math.Min(SearchChunk, ParticipantSearch.MaxExaminedPerPage - examined);
            var states = await store.ListAsync(programmeId, afterId, wanted, role, cancellationToken);
            foreach (var state in states)
            {
                var participant = state.Participant!;
                if (ParticipantSearch.Matches(participant, search))
                {
                    if (found.Count == pageSize)
                    {
                        // A match beyond a full page: another page follows.
                        return new ParticipantPage([.. found], new ParticipantCursor(found[^1].Participant.Id));
                    }

                    found.Add(state.ToSnapshot()!);
                }

                examined++;
                afterId = participant.Id;
            }

            if (states.Length < wanted)
            {
                return new ParticipantPage([.. found], null);
            }
        }

        return new ParticipantPage([.. found], new ParticipantCursor(afterId));
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
