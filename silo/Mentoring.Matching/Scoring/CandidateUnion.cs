using System.Runtime.CompilerServices;

namespace Mentoring.Matching;

/// <summary>
/// Unions each mentee's own top K with the mentees every mentor kept in its top K. Mentee-only pruning drops pairs a
/// contended mentor needs (its K best mentees may all rank it below their K), which costs the optimum measurably.
/// </summary>
internal static class CandidateUnion
{
    /// <summary>The union as one graph, mentors ascending within a mentee; ranks carried from both sides when asked.</summary>
    // Runs once per round, so without this it would run in unoptimised tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CandidateGraph Of(CandidateGraph menteeSide, MentorCandidates mentorSide, bool withRanks)
    {
        var menteeCount = menteeSide.MenteeCount;

        // Bucket the mentor side by mentee; mentors are visited ascending, so each bucket is ascending by mentor.
        var bucketStarts = new int[menteeCount + 1];
        foreach (var mentee in mentorSide.Mentees)
        {
            bucketStarts[mentee + 1]++;
        }

        for (var mentee = 0; mentee < menteeCount; mentee++)
        {
            bucketStarts[mentee + 1] += bucketStarts[mentee];
        }

        var bucketMentors = new int[mentorSide.Mentees.Length];
        var bucketEntries = new int[bucketMentors.Length];
        var fill = bucketStarts[..menteeCount];
        for (var mentor = 0; mentor < mentorSide.MentorCount; mentor++)
        {
            for (var e = mentorSide.Offsets[mentor]; e < mentorSide.Offsets[mentor + 1]; e++)
            {
                var at = fill[mentorSide.Mentees[e]]++;
                bucketMentors[at] = mentor;
                bucketEntries[at] = e;
            }
        }

        var own = menteeSide.Offsets;
        var ownMentors = menteeSide.Mentors;
        var offsets = new int[menteeCount + 1];
        for (var mentee = 0; mentee < menteeCount; mentee++)
        {
            var extra = 0;
            var i = own[mentee];
            for (var b = bucketStarts[mentee]; b < bucketStarts[mentee + 1]; b++)
            {
                while (i < own[mentee + 1] && ownMentors[i] < bucketMentors[b])
                {
                    i++;
                }

                if (i == own[mentee + 1] || ownMentors[i] != bucketMentors[b])
                {
                    extra++;
                }
            }

            offsets[mentee + 1] = offsets[mentee] + (own[mentee + 1] - own[mentee]) + extra;
        }

        var edges = offsets[menteeCount];
        var mentors = new int[edges];
        var scores = new float[edges];
        var menteeRanks = withRanks ? new int[edges] : [];
        var mentorRanks = withRanks ? new int[edges] : [];
        for (var mentee = 0; mentee < menteeCount; mentee++)
        {
            var at = offsets[mentee];
            var i = own[mentee];
            var b = bucketStarts[mentee];
            while (i < own[mentee + 1] || b < bucketStarts[mentee + 1])
            {
                var fromOwn = b == bucketStarts[mentee + 1] || (i < own[mentee + 1] && ownMentors[i] <= bucketMentors[b]);
                if (fromOwn)
                {
                    // A pair both sides kept carries identical values from either; the mentee side's copy is used.
                    if (b < bucketStarts[mentee + 1] && ownMentors[i] == bucketMentors[b])
                    {
                        b++;
                    }

                    mentors[at] = ownMentors[i];
                    scores[at] = menteeSide.Scores[i];
                    if (withRanks)
                    {
                        menteeRanks[at] = menteeSide.MenteeRanks[i];
                        mentorRanks[at] = menteeSide.MentorRanks[i];
                    }

                    i++;
                }
                else
                {
                    var e = bucketEntries[b];
                    mentors[at] = bucketMentors[b];
                    scores[at] = mentorSide.Scores[e];
                    if (withRanks)
                    {
                        menteeRanks[at] = mentorSide.MenteeRanks[e];
                        mentorRanks[at] = mentorSide.MentorRanks[e];
                    }

                    b++;
                }

                at++;
            }
        }

        return new CandidateGraph(menteeCount, menteeSide.Capacities.ToArray(), offsets, mentors, scores, menteeRanks, mentorRanks);
    }
}
