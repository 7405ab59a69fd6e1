using System.Collections.Immutable;

namespace Mentoring.Abstractions.Matches;

/// <summary>
/// What a manual override did: the new matches when <see cref="OverrideStatus.Done"/>; otherwise why it was refused,
/// with <see cref="Rule"/> naming the violated rule (a Mentoring.Matching.ExclusionRule name, or "MentorCapacity")
/// and <see cref="Subject"/> the participant or match it concerns.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OverrideResult(
    [property: Id(0)] OverrideStatus Status,
    [property: Id(1)] ImmutableArray<MatchSnapshot> Matches,
    [property: Id(2)] string? Rule = null,
    [property: Id(3)] string? Subject = null,
    [property: Id(4)] string? Message = null)
{
    public static OverrideResult Refused(OverrideStatus status, string? subject, string message, string? rule = null) =>
        new(status, [], rule, subject, message);
}

/// <summary>The outcome of an override; the gateway maps each to a gRPC status.</summary>
[GenerateSerializer]
public enum OverrideStatus
{
    Done = 1,

    /// <summary>The programme, a participant or a match does not exist.</summary>
    NotFound = 2,

    /// <summary>The request is malformed for this programme (wrong role, same person, the request id reused for another override).</summary>
    Invalid = 3,

    /// <summary>A hard rule, the mentor's capacity or a match's state forbids it; nothing was written.</summary>
    Refused = 4,
}
