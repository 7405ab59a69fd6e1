using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>
/// A mentee the round could not place. <see cref="MainRule"/> is the rule that removed the most candidates, when none was
/// feasible; <see cref="Cause"/> says the same as <see cref="Reason"/> as a code.
/// </summary>
public sealed record UnmatchedMentee(string MenteeId, string Reason, ExclusionRule? MainRule)
{
    public UnmatchedCause Cause { get; init; } = MainRule is { } rule ? UnmatchedCauses.Of(rule) : UnmatchedCause.MentorsFull;
}
