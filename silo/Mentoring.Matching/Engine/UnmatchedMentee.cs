namespace Mentoring.Matching;

/// <summary>A mentee the round could not place. <see cref="MainRule"/> is the rule that removed the most candidates, when none was feasible.</summary>
public sealed record UnmatchedMentee(string MenteeId, string Reason, ExclusionRule? MainRule);
