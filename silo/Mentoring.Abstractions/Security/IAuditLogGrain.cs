using System.Collections.Immutable;

namespace Mentoring.Abstractions.Security;

/// <summary>One tenant's durable audit log, append-only. Keyed by <see cref="SecurityKeys.AuditLog"/>.</summary>
public interface IAuditLogGrain : IGrainWithStringKey
{
    /// <summary>Appends and persists a record before returning.</summary>
    Task AppendAsync(AuditRecord record, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> records older than sequence number <paramref name="before"/> (null: the newest), newest first.</summary>
    [AlwaysInterleave]
    Task<AuditPage> ListAsync(long? before, int limit, CancellationToken cancellationToken = default);

    /// <summary>Every record whose resource is exactly <paramref name="resourceName"/>, newest first; filtered where the records are stored.</summary>
    [AlwaysInterleave]
    Task<ImmutableArray<AuditRecord>> FindAsync(string resourceName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Rewrites every record naming <paramref name="resourceName"/> or a resource under it ("{resourceName}/..."), so that
    /// prefix reads <paramref name="replacement"/> (with <paramref name="wholeResource"/>, the whole resource does: what
    /// followed the prefix, such as a participant id, goes); returns how many records changed. Sequence numbers and order stay.
    /// </summary>
    Task<int> RedactAsync(string resourceName, string replacement, bool wholeResource = false, CancellationToken cancellationToken = default);
}
