namespace Mentoring.Storage.Participants;

/// <summary>
/// The participants table of one service: the only store of participant grain state, and the index that
/// listings, round snapshots and erasure read. Every read answers in ascending ordinal id order.
/// </summary>
public interface IParticipantTable
{
    /// <summary>The rows of many participants in one statement, in the order of <paramref name="keys"/> (null where there is none).</summary>
    Task<ParticipantRow?[]> ReadManyAsync(IReadOnlyList<(string ProgrammeId, string ParticipantId)> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Makes every change in one transaction and answers, change by change, whether it was made (false: the row was
    /// not at the expected version). At most one change per row.
    /// </summary>
    Task<bool[]> ApplyAsync(IReadOnlyList<ParticipantRowChange> changes, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> rows with a role after <paramref name="afterId"/>, optionally of one role.</summary>
    Task<IReadOnlyList<ParticipantRow>> ListAsync(string programmeId, string? afterId, int limit, short? role, CancellationToken cancellationToken);

    /// <summary>Every row with a role, streamed.</summary>
    IAsyncEnumerable<ParticipantRow> ScanAsync(string programmeId, CancellationToken cancellationToken);

    /// <summary>
    /// The id and version of every row with a role, in id order: what a reader holding decoded rows compares against to
    /// read again only the rows changed since.
    /// </summary>
    Task<IReadOnlyList<ParticipantVersion>> ListVersionsAsync(string programmeId, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> ids of any row (an erasure's too) after <paramref name="afterId"/>.</summary>
    Task<IReadOnlyList<string>> ListIdsAsync(string programmeId, string? afterId, int limit, CancellationToken cancellationToken);

    /// <summary>Whether the programme has a participant with a role.</summary>
    Task<bool> AnyAsync(string programmeId, CancellationToken cancellationToken);
}
