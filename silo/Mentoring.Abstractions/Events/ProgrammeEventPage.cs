using System.Collections.Immutable;

namespace Mentoring.Abstractions.Events;

/// <summary>Events after a cursor in sequence order, and the highest sequence the log holds now.</summary>
[GenerateSerializer, Immutable]
public sealed record ProgrammeEventPage(
    [property: Id(0)] ImmutableArray<ProgrammeEvent> Events,
    [property: Id(1)] long Head);
