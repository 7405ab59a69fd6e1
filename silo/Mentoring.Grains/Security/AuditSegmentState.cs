using Mentoring.Abstractions.Security;

namespace Mentoring.Grains.Security;

/// <summary>One segment's records in the order they were appended.</summary>
[GenerateSerializer]
public sealed class AuditSegmentState
{
    [Id(0)] public List<AuditRecord> Records { get; set; } = [];
}
