namespace Mentoring.Matching;

/// <summary>One pair the round proposes, with why.</summary>
public sealed record ProposedMatch(
    string MenteeId,
    string MentorId,
    double Score,
    IReadOnlyDictionary<ScoreComponent, double> Breakdown,
    IReadOnlyList<string> Reasons);
