namespace Mentoring.Matching;

/// <summary>What a <see cref="WarmUpRound"/> made: matches across its solvers, and recommendations.</summary>
public sealed record WarmUpOutcome(int Matched, int Recommended);
