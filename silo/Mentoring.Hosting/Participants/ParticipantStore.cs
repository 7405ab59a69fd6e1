using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Mentoring.Domain;
using Mentoring.Grains;
using Mentoring.Storage.Participants;

namespace Mentoring.Hosting.Participants;

/// <inheritdoc cref="IParticipantStore"/>
internal sealed class ParticipantStore(IParticipantTable table, ParticipantStateCodec codec) : IParticipantStore
{
    public async Task<ImmutableArray<ParticipantState>> ListAsync(string programmeId, string? afterId, int limit, ParticipantRole? role, CancellationToken cancellationToken)
    {
        var rows = await table.ListAsync(programmeId, afterId, limit, (short?)role, cancellationToken);
        return [.. rows.Select(row => codec.Decode(row.Payload))];
    }

    public async IAsyncEnumerable<ParticipantState> ScanAsync(string programmeId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in table.ScanAsync(programmeId, cancellationToken))
        {
            yield return codec.Decode(row.Payload);
        }
    }

    public Task<IReadOnlyList<string>> ListIdsAsync(string programmeId, string? afterId, int limit, CancellationToken cancellationToken) =>
        table.ListIdsAsync(programmeId, afterId, limit, cancellationToken);

    public Task<bool> AnyAsync(string programmeId, CancellationToken cancellationToken) => table.AnyAsync(programmeId, cancellationToken);
}
