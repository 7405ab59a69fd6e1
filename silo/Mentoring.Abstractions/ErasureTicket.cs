using System.Collections.Immutable;

namespace Mentoring.Abstractions;

/// <summary>
/// An erasure under way: <see cref="Pseudonym"/> when <see cref="Status"/> is Deleted, and the partners the erased
/// participant had excluded (each of them excluded the erased participant too, so they must forget them).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ErasureTicket(
    [property: Id(0)] WriteStatus Status,
    [property: Id(1)] string? Pseudonym,
    [property: Id(2)] ImmutableArray<string> Partners);
