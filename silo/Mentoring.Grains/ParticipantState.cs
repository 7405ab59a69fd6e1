using Mentoring.Domain;

namespace Mentoring.Grains;

/// <summary>What a participant grain stores.</summary>
[GenerateSerializer, Immutable]
public sealed record ParticipantState
{
    [Id(0)] public Participant? Participant { get; init; }
    [Id(1)] public long Version { get; init; }
    [Id(2)] public DateTimeOffset CreateTime { get; init; }
    [Id(3)] public DateTimeOffset UpdateTime { get; init; }
}
