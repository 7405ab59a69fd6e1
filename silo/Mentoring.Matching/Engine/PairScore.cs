namespace Mentoring.Matching;

/// <summary>One feasible pair and its total score.</summary>
public readonly record struct PairScore(string MenteeId, string MentorId, double Score);
