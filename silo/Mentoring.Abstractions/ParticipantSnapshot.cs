using Mentoring.Domain;

namespace Mentoring.Abstractions;

/// <summary>A stored participant with its concurrency token and timestamps.</summary>
[GenerateSerializer, Immutable]
public sealed record ParticipantSnapshot(
    [property: Id(0)] Participant Participant,
    [property: Id(1)] string Etag,
    [property: Id(2)] DateTimeOffset CreateTime,
    [property: Id(3)] DateTimeOffset UpdateTime);
