using System.Collections.Immutable;

namespace Mentoring.Abstractions.Security;

/// <summary>
/// A fixed-size run of consecutive records of one audit log, stored as its own row; only <see cref="IAuditLogGrain"/> calls it.
/// Keyed by <see cref="SecurityKeys.AuditSegment"/>; positions are relative to the segment's first record.
/// </summary>
public interface IAuditSegmentGrain : IGrainWithStringKey
{
    /// <summary>How many records the segment holds.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="record"/> at <paramref name="position"/> when the segment holds exactly that many records, and returns that count
    /// from before the call; any other count means nothing was stored.
    /// </summary>
    Task<int> AppendAsync(AuditRecord record, int position, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="count"/> records from <paramref name="start"/> on, oldest first.</summary>
    Task<ImmutableArray<AuditRecord>> ReadAsync(int start, int count, CancellationToken cancellationToken = default);

    /// <summary>The records whose resource is exactly <paramref name="resourceName"/>, oldest first.</summary>
    Task<ImmutableArray<AuditRecord>> FindAsync(string resourceName, CancellationToken cancellationToken = default);

    /// <summary>Applies <see cref="IAuditLogGrain.RedactAsync"/> to this segment, storing it only when a record changed; returns how many did.</summary>
    Task<int> RedactAsync(string resourceName, string replacement, bool wholeResource = false, CancellationToken cancellationToken = default);

    /// <summary>Stores exactly <paramref name="records"/>, replacing what the segment held: moves a log kept in one row into segments.</summary>
    Task ImportAsync(ImmutableArray<AuditRecord> records, CancellationToken cancellationToken = default);
}
