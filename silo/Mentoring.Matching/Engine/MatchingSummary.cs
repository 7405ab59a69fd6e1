namespace Mentoring.Matching;

/// <summary>Round-level figures. Quantiles are over the scores of the proposed matches; the histogram maps mentees-this-round to mentor count.</summary>
public sealed record MatchingSummary(
    int MenteeCount,
    int MentorCount,
    int MatchedCount,
    double MatchRate,
    double TotalScore,
    double MeanScore,
    double P10,
    double P50,
    double P90,
    IReadOnlyDictionary<int, int> MentorLoadHistogram,
    int CandidateEdges);
