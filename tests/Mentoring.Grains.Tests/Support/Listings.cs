using Mentoring.Abstractions;
using Mentoring.Domain;

namespace Mentoring.Grains.Tests.Support;

/// <summary>Follows listing cursors to the end, the way an API client pages.</summary>
public static class Listings
{
    // Far more pages than any test needs; reaching it means a cursor never ends.
    private const int MaxPages = 10_000;

    public static async Task<List<ParticipantSnapshot>> ListAllParticipantsAsync(
        this IProgrammeGrain programme, int pageSize, ParticipantRole? role = null)
    {
        var all = new List<ParticipantSnapshot>();
        ParticipantCursor? cursor = ParticipantCursor.Start;
        for (var pages = 0; cursor is not null; pages++)
        {
            Assert.True(pages < MaxPages, "The participant listing never ended.");
            var page = await programme.ListParticipantsAsync(cursor, pageSize, role);
            Assert.True(page.Participants.Length <= pageSize, $"A page held {page.Participants.Length} participants, more than {pageSize}.");
            all.AddRange(page.Participants);
            cursor = page.Next;
            Assert.True(cursor is null || page.Participants.Length == pageSize, "A page that is not the last came back short.");
        }

        return all;
    }

    public static async Task<List<string>> ListAllProgrammeIdsAsync(this IProgrammeDirectoryGrain directory, int pageSize = 50)
    {
        var all = new List<string>();
        string? after = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < MaxPages, "The programme listing never ended.");
            var page = await directory.ListAsync(after, pageSize);
            all.AddRange(page.ParticipantIds);
            if (!page.HasMore || page.ParticipantIds.IsEmpty)
            {
                return all;
            }

            after = page.ParticipantIds[^1];
        }
    }
}
