using System.Collections.Immutable;
using Mentoring.Domain;

namespace Mentoring.Abstractions;

/// <summary>A participant with the partners it must never be offered again (a manual override checks both).</summary>
[GenerateSerializer, Immutable]
public sealed record MenteeProfile(
    [property: Id(0)] Participant Participant,
    [property: Id(1)] ImmutableArray<string> ExcludedPartners);
