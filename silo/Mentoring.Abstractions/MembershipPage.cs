using System.Collections.Immutable;

namespace Mentoring.Abstractions;

/// <summary>Participant ids from one membership shard, ascending, after a given id.</summary>
[GenerateSerializer, Immutable]
public sealed record MembershipPage([property: Id(0)] ImmutableArray<string> ParticipantIds, [property: Id(1)] bool HasMore);
