using System.Collections.Immutable;
using Mentoring.Abstractions;
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

    /// <summary>Matches holding one of a mentor's capacity slots, in ordinal order; never more than its capacity.</summary>
    [Id(4)] public ImmutableArray<string> MatchSlots { get; init; } = [];

    /// <summary>Active matches in which the participant is the mentee; at most <c>MatchLimits.MenteeActiveMatches</c>.</summary>
    [Id(5)] public ImmutableArray<string> MenteeSlots { get; init; } = [];

    /// <summary>Active peer pairings; at most <c>MatchLimits.PeerActiveMatches</c>.</summary>
    [Id(6)] public ImmutableArray<string> PeerSlots { get; init; } = [];

    /// <summary>Partners never to be offered again (declined, or active and later ended), in ordinal order.</summary>
    [Id(7)] public ImmutableArray<string> ExcludedPartners { get; init; } = [];

    /// <summary>Set while an erasure runs: the profile is already gone and this pseudonym stands in for the participant.</summary>
    [Id(8)] public string? ErasurePseudonym { get; init; }

    /// <summary>What callers see: the profile with its etag and times, or null when there is none.</summary>
    public ParticipantSnapshot? ToSnapshot() =>
        Participant is { } participant ? new ParticipantSnapshot(participant, Etags.Of(Version), CreateTime, UpdateTime) : null;
}
