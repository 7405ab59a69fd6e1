namespace Mentoring.Abstractions.Rounds;

/// <summary>Where a round is. Done, Failed and Cancelled are final.</summary>
[GenerateSerializer]
public enum RoundPhase
{
    Pending = 0,
    Snapshot = 1,
    Scoring = 2,
    Solving = 3,
    Publishing = 4,
    Done = 5,
    Failed = 6,
    Cancelled = 7,
}
