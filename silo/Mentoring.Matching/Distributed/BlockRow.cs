namespace Mentoring.Matching.Distributed;

/// <summary>The blocks of one mentee batch, ordered by mentor start, covering every mentor exactly once.</summary>
internal sealed record BlockRow(int MenteeStart, int MenteeCount, IReadOnlyList<CandidateBlock> Blocks);
