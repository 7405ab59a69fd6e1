using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Mentoring.Domain;
using Mentoring.Grains;
using Mentoring.Storage.Participants;

namespace Mentoring.Hosting.Participants;

/// <inheritdoc cref="IParticipantStore"/>
internal sealed class ParticipantStore(IParticipantTable table, ParticipantStateCodec codec) : IParticipantStore
{
    /// <summary>Rows decoded together off the reading thread during a scan.</summary>
    internal const int ScanChunk = 512;

    public async Task<ImmutableArray<ParticipantState>> ListAsync(string programmeId, string? afterId, int limit, ParticipantRole? role, CancellationToken cancellationToken)
    {
        var rows = await table.ListAsync(programmeId, afterId, limit, (short?)role, cancellationToken);
        if (rows.Count <= ScanChunk)
        {
            return [.. rows.Select(row => codec.Decode(row.Payload))];
        }

        // A page of a thousand decodes on every core, as a scan does.
        var decoded = await Task.WhenAll(rows.Chunk(ScanChunk / 2).Select(chunk => DecodeAsync([.. chunk.Select(row => row.Payload)])));
        return [.. decoded.SelectMany(states => states)];
    }

    /// <summary>
    /// Decoding the payloads costs about as much as reading them, so chunks are decoded on the thread pool while the
    /// reader fetches the next ones; chunks are yielded in the table's order.
    /// </summary>
    public async IAsyncEnumerable<ParticipantState> ScanAsync(string programmeId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var decoding = new Queue<Task<ParticipantState[]>>();
        var chunk = new List<byte[]>(ScanChunk);
        try
        {
            await foreach (var row in table.ScanAsync(programmeId, cancellationToken))
            {
                chunk.Add(row.Payload);
                if (chunk.Count < ScanChunk)
                {
                    continue;
                }

                decoding.Enqueue(DecodeAsync(chunk));
                chunk = new List<byte[]>(ScanChunk);
                if (decoding.Count > Environment.ProcessorCount)
                {
                    var decoded = await decoding.Dequeue();
                    cancellationToken.ThrowIfCancellationRequested();
                    foreach (var state in decoded)
                    {
                        yield return state;
                    }
                }
            }

            decoding.Enqueue(DecodeAsync(chunk));
            while (decoding.TryDequeue(out var next))
            {
                var decoded = await next;
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var state in decoded)
                {
                    yield return state;
                }
            }
        }
        finally
        {
            // A scan ended early (cancelled, a read failed, the caller stopped) still observes every decode it started.
            await ((Task)Task.WhenAll(decoding)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public Task<IReadOnlyList<ParticipantVersion>> VersionsAsync(string programmeId, CancellationToken cancellationToken) =>
        table.ListVersionsAsync(programmeId, cancellationToken);

    public async Task<ImmutableArray<StoredParticipant>> ReadManyAsync(string programmeId, IReadOnlyList<string> participantIds, CancellationToken cancellationToken)
    {
        var rows = await table.ReadManyAsync([.. participantIds.Order(StringComparer.Ordinal).Select(id => (programmeId, id))], cancellationToken);
        return [.. rows.OfType<ParticipantRow>().Where(row => row.Role is not null).Select(row => new StoredParticipant(row.Version, codec.Decode(row.Payload)))];
    }

    public Task<IReadOnlyList<string>> ListIdsAsync(string programmeId, string? afterId, int limit, CancellationToken cancellationToken) =>
        table.ListIdsAsync(programmeId, afterId, limit, cancellationToken);

    public async Task<ImmutableArray<Participant?>> ReadProfilesAsync(string programmeId, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var rows = await table.ReadManyAsync([.. ids.Select(id => (programmeId, id))], cancellationToken);
        return [.. rows.Select(row => row is null ? null : codec.Decode(row.Payload).Participant)];
    }

    public Task<bool> AnyAsync(string programmeId, CancellationToken cancellationToken) => table.AnyAsync(programmeId, cancellationToken);

    private Task<ParticipantState[]> DecodeAsync(List<byte[]> payloads) =>
        Task.Run(() => payloads.ConvertAll(codec.Decode).ToArray());
}
