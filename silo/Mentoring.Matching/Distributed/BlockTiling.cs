namespace Mentoring.Matching.Distributed;

/// <summary>
/// Groups blocks into mentee batches and proves they tile the round: batches cover every mentee once, and inside each
/// batch the mentor ranges cover every mentor once. Any gap, overlap or malformed block throws, so a lost or duplicated
/// work item can never silently change the result.
/// </summary>
internal static class BlockTiling
{
    public static IReadOnlyList<BlockRow> Rows(IReadOnlyCollection<CandidateBlock> blocks, int menteeCount, int mentorCount, bool withRanks)
    {
        foreach (var block in blocks)
        {
            CheckShape(block ?? throw new ArgumentException("A block is null.", nameof(blocks)), withRanks);
        }

        var rows = blocks
            .GroupBy(b => (b.Bounds.MenteeStart, b.Bounds.MenteeCount))
            .OrderBy(g => g.Key.MenteeStart)
            .Select(g => new BlockRow(g.Key.MenteeStart, g.Key.MenteeCount, [.. g.OrderBy(b => b.Bounds.MentorStart)]))
            .ToList();

        var nextMentee = 0;
        foreach (var row in rows)
        {
            if (row.MenteeStart != nextMentee)
            {
                throw Missing($"mentees from {nextMentee} are not covered, or mentee batches overlap at {row.MenteeStart}");
            }

            var nextMentor = 0;
            foreach (var block in row.Blocks)
            {
                if (block.Bounds.MentorStart != nextMentor)
                {
                    throw Missing($"mentees {row.MenteeStart}+{row.MenteeCount}: mentors from {nextMentor} are not covered, or ranges overlap at {block.Bounds.MentorStart}");
                }

                nextMentor += block.Bounds.MentorCount;
            }

            if (nextMentor != mentorCount)
            {
                throw Missing($"mentees {row.MenteeStart}+{row.MenteeCount}: mentors from {nextMentor} to {mentorCount} are not covered");
            }

            nextMentee += row.MenteeCount;
        }

        return nextMentee == menteeCount ? rows : throw Missing($"mentees from {nextMentee} to {menteeCount} are not covered");
    }

    private static void CheckShape(CandidateBlock block, bool withRanks)
    {
        var b = block.Bounds;
        var edges = block.Mentors?.Length ?? -1;
        var valid = b is not null && b.MenteeCount >= 0 && b.MentorCount >= 0
            && block.Offsets is { } offsets && offsets.Length == b.MenteeCount + 1 && offsets[0] == 0 && offsets[^1] == edges
            && block.Scores?.Length == edges
            && block.RuleCounts?.Length == b.MenteeCount * ExclusionCounter.RuleCount
            && (!withRanks || (block.MenteeRanks?.Length == edges && block.MentorRanks?.Length == edges))
            && block.Mentors!.All(m => m >= b.MentorStart && m < b.MentorStart + b.MentorCount)
            && MentorSideValid(block, withRanks);
        if (!valid)
        {
            throw new ArgumentException($"The block for {b} is malformed: its arrays do not match its bounds.");
        }
    }

    private static bool MentorSideValid(CandidateBlock block, bool withRanks)
    {
        var b = block.Bounds;
        var entries = block.MentorSideMentees?.Length ?? -1;
        return block.MentorSideOffsets is { } offsets && offsets.Length == b.MentorCount + 1 && offsets[0] == 0 && offsets[^1] == entries
            && block.MentorSideScores?.Length == entries
            && (!withRanks || (block.MentorSideMenteeRanks?.Length == entries && block.MentorSideMentorRanks?.Length == entries))
            && block.MentorSideMentees!.All(m => m >= b.MenteeStart && m < b.MenteeStart + b.MenteeCount);
    }

    private static InvalidOperationException Missing(string what) =>
        new($"The candidate blocks do not tile the round: {what}. Every slice of the plan must be scored exactly once.");
}
