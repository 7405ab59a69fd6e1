using System.Collections.Immutable;

namespace Mentoring.Abstractions.Security;

/// <summary>Audit records, newest first; <see cref="NextBefore"/> continues after the last one, or is null at the end.</summary>
[GenerateSerializer, Immutable]
public sealed record AuditPage([property: Id(0)] ImmutableArray<AuditRecord> Records, [property: Id(1)] long? NextBefore);
