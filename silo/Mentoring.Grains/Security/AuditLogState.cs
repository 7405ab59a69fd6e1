using Mentoring.Abstractions.Security;

namespace Mentoring.Grains.Security;

/// <summary>A tenant's audit records in the order they were appended; a record's index is its sequence number.</summary>
[GenerateSerializer]
public sealed class AuditLogState
{
    [Id(0)] public List<AuditRecord> Records { get; set; } = [];
}
