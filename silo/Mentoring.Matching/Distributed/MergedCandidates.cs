namespace Mentoring.Matching.Distributed;

/// <summary>The whole round's candidate graph rebuilt from blocks, and the summed exclusion-rule counts (mentee x rule).</summary>
internal sealed record MergedCandidates(CandidateGraph Graph, int[] RuleCounts);
