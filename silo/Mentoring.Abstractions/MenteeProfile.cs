using System.Collections.Immutable;
using Mentoring.Domain;

namespace Mentoring.Abstractions;

/// <summary>A participant as recommendations see it: the profile and the partners it must never be offered again.</summary>
[GenerateSerializer, Immutable]
public sealed record MenteeProfile(
    [property: Id(0)] Participant Participant,
    [property: Id(1)] ImmutableArray<string> ExcludedPartners);
