using System.Globalization;
using Mentoring.Domain;

namespace Mentoring.Matching.Distributed;

/// <summary>Rebuilds, on a worker, a scorer over one slice that computes bit-for-bit the same pair scores as the whole round's.</summary>
internal static class SliceRound
{
    public static PairScorer Scorer(ScoringSlice slice)
    {
        var layout = slice.Layout();
        var mentees = Side(slice.MenteeCount, ParticipantRole.Mentee, layout, slice.MenteeWords, slice.MenteeFields);
        var mentors = Side(slice.MentorCount, ParticipantRole.Mentor, layout, slice.MentorWords, slice.MentorFields);
        var round = new EncodedRound(Programme(slice), layout, mentees, mentors, Competitors(slice), slice.Header[SliceHeader.CompetitorClasses]);
        return new PairScorer(round, Exceptions(slice), (int[])slice.MentorCapacities.Clone());
    }

    // The kernels never read participants; the side only needs one distinct id per row.
    private static EncodedSide Side(int count, ParticipantRole role, FeatureLayout layout, ulong[] words, int[] fields)
    {
        var placeholders = new Participant[count];
        for (var i = 0; i < count; i++)
        {
            placeholders[i] = new Participant { ProgrammeId = "", Id = i.ToString("D10", CultureInfo.InvariantCulture), Role = role };
        }

        var side = new EncodedSide(placeholders, layout);
        SideColumns.Fill(side, words, fields);
        return side;
    }

    private static Programme Programme(ScoringSlice slice)
    {
        var w = slice.Weights;
        var h = slice.Header;
        var weights = new ScoreWeights
        {
            Skills = w[(int)ScoreComponent.Skills],
            Goals = w[(int)ScoreComponent.Goals],
            Interests = w[(int)ScoreComponent.Interests],
            Availability = w[(int)ScoreComponent.Availability],
            Language = w[(int)ScoreComponent.Language],
            Seniority = w[(int)ScoreComponent.Seniority],
            TimeZone = w[(int)ScoreComponent.TimeZone],
            Format = w[(int)ScoreComponent.Format],
            Organisation = w[(int)ScoreComponent.Organisation],
            Industry = w[(int)ScoreComponent.Industry],
            Rank = w[(int)ScoreComponent.Rank],
            PriorEngagement = w[(int)ScoreComponent.PriorEngagement],
        };
        var policy = new MatchingPolicy
        {
            Weights = weights,
            MinimumScore = w[ComponentScores.Count],
            MinimumOverlapHours = h[SliceHeader.MinimumOverlapHours],
            TargetOverlapHours = h[SliceHeader.TargetOverlapHours],
            SeniorityGapMin = h[SliceHeader.SeniorityGapMin],
            SeniorityGapMax = h[SliceHeader.SeniorityGapMax],
            TopK = h[SliceHeader.TopK],
        };
        return new Programme { Id = "slice", Policy = policy, OrganisationMode = (OrganisationMode)h[SliceHeader.OrganisationMode] };
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
