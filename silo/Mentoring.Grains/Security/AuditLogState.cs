using Mentoring.Abstractions.Security;

namespace Mentoring.Grains.Security;

/// <summary>The head of a tenant's audit log: how many segments hold its records. Written only when a segment starts.</summary>
[GenerateSerializer]
public sealed class AuditLogState
{
    /// <summary>The whole log, as stored before segments existed; moved into segments on activation, then emptied.</summary>
    [Id(0)] public List<AuditRecord> Records { get; set; } = [];

    /// <summary>Segments 0 to Segments - 1 exist; every one but the last is full.</summary>
    [Id(1)] public int Segments { get; set; }
}
