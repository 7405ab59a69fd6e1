using Mentoring.Abstractions.Rounds;

namespace Mentoring.Grains.Rounds;

/// <summary>What a result page grain stores.</summary>
[GenerateSerializer, Immutable]
public sealed record RoundPageState
{
    [Id(0)] public RoundMatchPage? Page { get; init; }

    /// <summary>When the page was first stored: the update time of its matches until they change.</summary>
    [Id(1)] public DateTimeOffset PublishTime { get; init; }
}
