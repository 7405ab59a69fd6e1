namespace Mentoring.WebConsole.Rounds;

/// <summary>The figures of one round that a comparison shows.</summary>
public sealed record RoundFigures(int MenteeCount, int MatchedCount, double MatchRate, double MeanScore);
