namespace Mentoring.Abstractions.Security;

/// <summary>One audited action. Names and codes only: never request or profile contents.</summary>
[GenerateSerializer, Immutable]
public sealed record AuditRecord(
    [property: Id(0)] DateTimeOffset Time,
    [property: Id(1)] string Actor,
    [property: Id(2)] string Method,
    [property: Id(3)] string Resource,
    [property: Id(4)] string Outcome);
