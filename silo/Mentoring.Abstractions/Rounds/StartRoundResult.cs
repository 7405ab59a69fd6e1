namespace Mentoring.Abstractions.Rounds;

/// <summary>The round a start request resolved to, or why none was started.</summary>
[GenerateSerializer, Immutable]
public sealed record StartRoundResult(
    [property: Id(0)] StartRoundStatus Status,
    [property: Id(1)] RoundSnapshot? Round);

[GenerateSerializer]
public enum StartRoundStatus
{
    Started = 1,

    /// <summary>The request id was seen before: the existing round is returned.</summary>
    Existing = 2,

    /// <summary>Another round of the programme is still running.</summary>
    AnotherRoundRunning = 3,

    ProgrammeNotFound = 4,
}
