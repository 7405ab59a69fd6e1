using Mentoring.Abstractions.Rounds;

namespace Mentoring.Grains.Rounds;

/// <summary>What a result page grain stores.</summary>
[GenerateSerializer, Immutable]
public sealed record RoundPageState
{
    [Id(0)] public RoundMatchPage? Page { get; init; }
}
