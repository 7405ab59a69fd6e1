namespace Mentoring.Abstractions.Security;

/// <summary>One tenant's durable audit log, append-only. Keyed by <see cref="SecurityKeys.AuditLog"/>.</summary>
public interface IAuditLogGrain : IGrainWithStringKey
{
    /// <summary>Appends and persists a record before returning.</summary>
    Task AppendAsync(AuditRecord record, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> records older than sequence number <paramref name="before"/> (null: the newest), newest first.</summary>
    Task<AuditPage> ListAsync(long? before, int limit, CancellationToken cancellationToken = default);
}
