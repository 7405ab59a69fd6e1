using System.Collections.Immutable;
using Mentoring.Abstractions.Rounds;

namespace Mentoring.Grains.Rounds;

/// <summary>What a finished round stores: its result pages (built on the background lane), the report and the page index.</summary>
internal sealed record RoundPublication(
    IReadOnlyList<RoundMatchPage> Pages,
    RoundReport Report,
    ImmutableArray<string> PageFirstMentees);
