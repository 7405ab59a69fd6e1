namespace Mentoring.Matching.Distributed;

/// <summary>A feasible mentor and its score for one mentee, before it is explained.</summary>
public readonly record struct ScoredMentor(string MentorId, float Score);
