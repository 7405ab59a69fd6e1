using System.Collections.Immutable;

namespace Mentoring.Abstractions.Rounds;

/// <summary>
/// What pseudonymising one result page found: whether the erased participant was the mentee of a match there (so the
/// match is now addressed by the pseudonym), and the other side of each of their matches on the page.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PseudonymisedPage(
    [property: Id(0)] bool WasMentee,
    [property: Id(1)] ImmutableArray<string> Partners);
