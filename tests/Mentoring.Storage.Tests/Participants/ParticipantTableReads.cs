using Mentoring.Storage.Participants;

namespace Mentoring.Storage.Tests.Participants;

/// <summary>One row read the way the product reads rows: a batch of one.</summary>
internal static class ParticipantTableReads
{
    public static async Task<ParticipantRow?> ReadAsync(this IParticipantTable table, string programmeId, string participantId, CancellationToken cancellationToken) =>
        (await table.ReadManyAsync([(programmeId, participantId)], cancellationToken))[0];
}
