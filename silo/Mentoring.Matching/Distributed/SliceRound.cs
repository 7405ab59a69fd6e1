using Mentoring.Domain;

namespace Mentoring.Matching.Distributed;

/// <summary>Builds, on a worker, a scorer straight from one slice's arrays that computes bit-for-bit the same pair scores as the whole round's.</summary>
internal static class SliceRound
{
    public static PairScorer Scorer(ScoringSlice slice)
    {
        var layout = slice.Layout();
        var mentees = Side(slice.MenteeCount, layout, slice.MenteeWords, slice.MenteeFields);
        var mentors = Side(slice.MentorCount, layout, slice.MentorWords, slice.MentorFields);
        var round = new EncodedRound(Policy(slice), layout, mentees, mentors, Competitors(slice), slice.Header[SliceHeader.CompetitorClasses]);
        return new PairScorer(round, Exceptions(slice), (int[])slice.MentorCapacities.Clone());
    }

    private static EncodedSide Side(int count, FeatureLayout layout, ulong[] words, int[] fields)
    {
        var side = EncodedSide.Rows(count, layout);
        SideColumns.Fill(side, words, fields);
        return side;
    }

    // The slice's weights are the policy's in component order, followed by the minimum score (SliceCutter).
    private static ScoringPolicy Policy(ScoringSlice slice)
    {
        var h = slice.Header;
        return new ScoringPolicy(
            slice.Weights[..ComponentScores.Count],
            slice.Weights[ComponentScores.Count],
            h[SliceHeader.MinimumOverlapHours],
            h[SliceHeader.TargetOverlapHours],
            h[SliceHeader.SeniorityGapMin],
            h[SliceHeader.SeniorityGapMax],
            (OrganisationMode)h[SliceHeader.OrganisationMode]);
    }

    private static bool[] Competitors(ScoringSlice slice) => [.. slice.Competitors.Select(b => b != 0)];

    private static PairExceptions Exceptions(ScoringSlice slice)
    {
        var entries = new PairException[slice.ExceptionMentors.Length];
        for (var e = 0; e < entries.Length; e++)
        {
            var facts = slice.ExceptionFacts.AsSpan(e * SliceHeader.FactsPerException, SliceHeader.FactsPerException);
            entries[e] = new PairException
            {
                Mentor = slice.ExceptionMentors[e],
                Rule = (ExclusionRule)facts[0],
                MenteeRank = facts[1],
                MentorRank = facts[2],
                Engagement = slice.ExceptionEngagement[e],
            };
        }

        return PairExceptions.FromRows((int[])slice.ExceptionOffsets.Clone(), entries);
    }
}
