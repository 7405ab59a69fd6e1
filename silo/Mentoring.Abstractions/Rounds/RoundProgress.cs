namespace Mentoring.Abstractions.Rounds;

/// <summary>The progress signal of a round: phase, pairs scored so far out of the total, and timing.</summary>
[GenerateSerializer, Immutable]
public sealed record RoundProgress(
    [property: Id(0)] RoundPhase Phase,
    [property: Id(1)] long PairsScored,
    [property: Id(2)] long PairsTotal,
    [property: Id(3)] DateTimeOffset StartTime,
    [property: Id(4)] DateTimeOffset? EndTime,
    [property: Id(5)] string? Error)
{
    public bool IsFinal => Phase is RoundPhase.Done or RoundPhase.Failed or RoundPhase.Cancelled;
}
