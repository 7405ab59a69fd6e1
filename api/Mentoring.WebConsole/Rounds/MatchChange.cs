namespace Mentoring.WebConsole.Rounds;

/// <summary>A mentee whose mentor differs between two rounds; a null mentor means unmatched (or not in that round).</summary>
public sealed record MatchChange(string Mentee, string? MentorBefore, string? MentorAfter);
