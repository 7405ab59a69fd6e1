namespace Mentoring.Matching;

/// <summary>The outcome of a round. Deterministic: the same request gives the same matches, in mentee id order.</summary>
public sealed record MatchingResult(
    IReadOnlyList<ProposedMatch> Matches,
    IReadOnlyList<UnmatchedMentee> Unmatched,
    MatchingSummary Summary,
    IReadOnlyList<PairScore>? FeasiblePairs,
    PhaseTimings Timings);
