using System.Collections.Immutable;
using Mentoring.Domain;

namespace Mentoring.Abstractions;

/// <summary>A membership shard's mentors and, in parallel, each one's active-match load (zero when it holds none).</summary>
[GenerateSerializer, Immutable]
public sealed record ShardMentors(
    [property: Id(0)] ImmutableArray<Participant> Mentors,
    [property: Id(1)] ImmutableArray<MatchLoad> Loads);
