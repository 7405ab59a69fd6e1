using System.Collections.Immutable;

namespace Mentoring.Abstractions.Rounds;

/// <summary>The rounds holding a cluster slot, and those waiting for one in the order they will be admitted.</summary>
[GenerateSerializer, Immutable]
public sealed record RoundAdmissionSnapshot(
    [property: Id(0)] ImmutableArray<string> Running,
    [property: Id(1)] ImmutableArray<string> Waiting);
