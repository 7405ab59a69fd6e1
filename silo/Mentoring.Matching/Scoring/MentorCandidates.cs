using System.Runtime.CompilerServices;

namespace Mentoring.Matching;

/// <summary>
/// Each mentor's best feasible mentees, CSR by mentor (<see cref="Offsets"/> has mentor count + 1 entries), mentees
/// ascending within a mentor. Ranks are per entry, as in <see cref="CandidateGraph"/>, and empty when not computed.
/// </summary>
internal sealed record MentorCandidates(int[] Offsets, int[] Mentees, float[] Scores, int[] MenteeRanks, int[] MentorRanks)
{
    public MentorCandidates(int[] offsets, int[] mentees, float[] scores)
        : this(offsets, mentees, scores, [], [])
    {
    }

    public int MentorCount => Offsets.Length - 1;

    /// <summary>
    /// Each mentor's best <paramref name="k"/> of the union of the parts, by score descending then lower mentee index.
    /// Parts cover mentor ranges starting at their offset; a mentee may appear in at most one part per mentor.
    /// </summary>
    // Runs once per round, so without this it would run in unoptimised tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static MentorCandidates Best(int mentorCount, int k, IReadOnlyList<(int MentorStart, MentorCandidates Part)> parts, bool withRanks)
    {
        var counts = new int[mentorCount + 1];
        foreach (var (start, part) in parts)
        {
            for (var local = 0; local < part.MentorCount; local++)
            {
                counts[start + local + 1] += part.Offsets[local + 1] - part.Offsets[local];
            }
        }

        for (var mentor = 0; mentor < mentorCount; mentor++)
        {
            counts[mentor + 1] += counts[mentor];
        }

        var all = new Entry[counts[mentorCount]];
        var fill = counts[..mentorCount];
        foreach (var (start, part) in parts)
        {
            for (var local = 0; local < part.MentorCount; local++)
            {
                for (var e = part.Offsets[local]; e < part.Offsets[local + 1]; e++)
                {
                    all[fill[start + local]++] = new Entry(
                        part.Mentees[e],
                        part.Scores[e],
                        withRanks ? part.MenteeRanks[e] : CandidateGraph.Unranked,
                        withRanks ? part.MentorRanks[e] : CandidateGraph.Unranked);
                }
            }
        }

        var offsets = new int[mentorCount + 1];
        var longest = 0;
        for (var mentor = 0; mentor < mentorCount; mentor++)
        {
            longest = Math.Max(longest, counts[mentor + 1] - counts[mentor]);
        }

        var keys = new long[longest];
        for (var mentor = 0; mentor < mentorCount; mentor++)
        {
            var segment = all.AsSpan(counts[mentor], counts[mentor + 1] - counts[mentor]);
            if (segment.Length > k)
            {
                // Keys are unique (a mentee appears once per mentor), so exactly k entries are at or below the k-th key.
                var segmentKeys = keys.AsSpan(0, segment.Length);
                for (var i = 0; i < segment.Length; i++)
                {
                    segmentKeys[i] = Key(segment[i]);
                }

                var cut = CandidateKeys.KthSmallest(segmentKeys, k);
                var kept = 0;
                for (var i = 0; i < segment.Length; i++)
                {
                    if (Key(segment[i]) <= cut)
                    {
                        segment[kept++] = segment[i];
                    }
                }

                segment = segment[..k];
            }

            SortByMentee(segment);
            offsets[mentor + 1] = offsets[mentor] + segment.Length;
        }

        var mentees = new int[offsets[mentorCount]];
        var scores = new float[mentees.Length];
        var menteeRanks = withRanks ? new int[mentees.Length] : [];
        var mentorRanks = withRanks ? new int[mentees.Length] : [];
        for (var mentor = 0; mentor < mentorCount; mentor++)
        {
            var at = offsets[mentor];
            foreach (var entry in all.AsSpan(counts[mentor], offsets[mentor + 1] - offsets[mentor]))
            {
                mentees[at] = entry.Mentee;
                scores[at] = entry.Score;
                if (withRanks)
                {
                    menteeRanks[at] = entry.MenteeRank;
                    mentorRanks[at] = entry.MentorRank;
                }

                at++;
            }
        }

        return new MentorCandidates(offsets, mentees, scores, menteeRanks, mentorRanks);
    }

    private static long Key(Entry entry) => CandidateKeys.Of(entry.Score, entry.Mentee);

    // At most k entries, and a library sort over this struct would start in unoptimised tier-0 code each round.
    private static void SortByMentee(Span<Entry> entries)
    {
        for (var i = 1; i < entries.Length; i++)
        {
            var entry = entries[i];
            var j = i - 1;
            while (j >= 0 && entries[j].Mentee > entry.Mentee)
            {
                entries[j + 1] = entries[j];
                j--;
            }

            entries[j + 1] = entry;
        }
    }

    private readonly record struct Entry(int Mentee, float Score, int MenteeRank, int MentorRank);
}
