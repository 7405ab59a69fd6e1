namespace Mentoring.Matching;

/// <summary>Two people matched in an earlier round; they are never matched again.</summary>
public readonly record struct PreviousPair(string MenteeId, string MentorId);
