using System.Collections.Immutable;

namespace Mentoring.Abstractions.Rounds;

/// <summary>
/// A round as the API shows it: request, progress and, once done, the report and how many scoring work items
/// each silo ran (so operators and tests can see the fan-out).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RoundSnapshot(
    [property: Id(0)] RoundSpec Spec,
    [property: Id(1)] RoundProgress Progress,
    [property: Id(2)] RoundReport? Report,
    [property: Id(3)] int MatchPageCount,
    [property: Id(4)] ImmutableSortedDictionary<string, int> WorkItemsPerSilo);
