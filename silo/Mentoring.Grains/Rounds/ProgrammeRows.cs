using Mentoring.Domain;

namespace Mentoring.Grains.Rounds;

/// <summary>
/// A programme's profiles as of one read, each with the version of the row it was decoded from. The next read lists
/// only ids and versions and decodes just the rows that are new or changed since, keeping the rest, so rebuilding a
/// cache costs the changes rather than the programme. Rows gone since (deleted, or being erased) drop out.
/// </summary>
internal sealed class ProgrammeRows
{
    /// <summary>Changed rows are read in statements of this many.</summary>
    internal const int ReadChunk = 1_000;

    private readonly Dictionary<string, StoredParticipant> _rows;

    private ProgrammeRows(Dictionary<string, StoredParticipant> rows, List<Participant> participants, int decoded)
    {
        _rows = rows;
        Participants = participants;
        Decoded = decoded;
    }

    /// <summary>Every profile, in ascending ordinal id order (the order a round's snapshot has).</summary>
    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>Rows this read decoded; the others were kept from the previous read.</summary>
    public int Decoded { get; }

    public static async Task<ProgrammeRows> ReadAsync(IParticipantStore store, string programmeId, ProgrammeRows? previous, CancellationToken cancellationToken)
    {
        var versions = await store.VersionsAsync(programmeId, cancellationToken);
        var rows = new Dictionary<string, StoredParticipant>(versions.Count, StringComparer.Ordinal);
        var changed = new List<string>();
        foreach (var (id, version) in versions)
        {
            if (previous is not null && previous._rows.TryGetValue(id, out var held) && held.RowVersion == version)
            {
                rows.Add(id, held);
            }
            else
            {
                changed.Add(id);
            }
        }

        foreach (var chunk in changed.Chunk(ReadChunk))
        {
            foreach (var read in await store.ReadManyAsync(programmeId, chunk, cancellationToken))
            {
                rows[read.State.Participant!.Id] = read;
            }
        }

        var participants = rows.Values.Select(row => row.State.Participant!).ToList();
        participants.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new ProgrammeRows(rows, participants, changed.Count);
    }
}
