namespace Mentoring.Abstractions.Rounds;

/// <summary>Where a round is. Done, Failed and Cancelled are final; Queued (waiting for admission) comes after Pending when it waits.</summary>
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
    Queued = 8,
}
