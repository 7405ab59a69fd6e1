using CsCheck;
using Mentoring.Domain;
using Mentoring.Matching.Distributed;

namespace Mentoring.Matching.Tests.Distributed;

public sealed class SliceRoundTripTests
{
    [Fact]
    public void A_slice_rebuilt_from_copies_of_its_public_arrays_scores_identically()
    {
        Scenarios.For(SolverMode.StableMentorProposing).Sample(scenario =>
        {
            var round = DistributedRound.Prepare(scenario.Request);
            foreach (var bounds in round.Plan(scenario.MenteeBatch, scenario.MentorBatch))
            {
                var slice = round.Slice(bounds);

                var copy = new ScoringSlice(
                    [.. slice.Header], [.. slice.Weights], [.. slice.MenteeWords], [.. slice.MenteeFields], [.. slice.MentorWords],
                    [.. slice.MentorFields], [.. slice.MentorCapacities], [.. slice.Competitors], [.. slice.ExceptionOffsets],
                    [.. slice.ExceptionMentors], [.. slice.ExceptionFacts], [.. slice.ExceptionEngagement]);

                SameBlock(SliceScorer.Score(slice), SliceScorer.Score(copy));
                Assert.Equal(bounds, copy.Bounds);
            }
        }, iter: 40);
    }

    [Fact]
    public void A_slice_whose_arrays_disagree_with_its_header_is_rejected()
    {
        var request = new MatchingRequest(new Support.ProgrammeBuilder().Build(), [Support.ParticipantBuilder.Mentee("e").Build(), Support.ParticipantBuilder.Mentor("r").Build()]);
        var slice = DistributedRound.Prepare(request).Slice(new SliceBounds(0, 1, 0, 1));

        Assert.Throws<ArgumentException>(() => new ScoringSlice(
            slice.Header, slice.Weights, slice.MenteeWords, slice.MenteeFields, slice.MentorWords, slice.MentorFields,
            [1, 1], slice.Competitors, slice.ExceptionOffsets, slice.ExceptionMentors, slice.ExceptionFacts, slice.ExceptionEngagement));
    }

    [Fact]
    public void A_slice_outside_the_round_is_refused()
    {
        var request = new MatchingRequest(new Support.ProgrammeBuilder().Build(), [Support.ParticipantBuilder.Mentee("e").Build(), Support.ParticipantBuilder.Mentor("r").Build()]);
        var round = DistributedRound.Prepare(request);

        Assert.Throws<ArgumentOutOfRangeException>(() => round.Slice(new SliceBounds(0, 1, 1, 1)));
    }

    private static void SameBlock(CandidateBlock expected, CandidateBlock actual)
    {
        Assert.Equal(expected.Bounds, actual.Bounds);
        Assert.Equal(expected.Offsets, actual.Offsets);
        Assert.Equal(expected.Mentors, actual.Mentors);
        Assert.Equal(expected.Scores.Select(BitConverter.SingleToInt32Bits), actual.Scores.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(expected.RuleCounts, actual.RuleCounts);
        Assert.Equal(expected.PairsScored, actual.PairsScored);
        Assert.Equal(expected.MenteeRanks, actual.MenteeRanks);
        Assert.Equal(expected.MentorRanks, actual.MentorRanks);
        Assert.Equal(expected.MentorSideOffsets, actual.MentorSideOffsets);
        Assert.Equal(expected.MentorSideMentees, actual.MentorSideMentees);
        Assert.Equal(expected.MentorSideScores.Select(BitConverter.SingleToInt32Bits), actual.MentorSideScores.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(expected.MentorSideMenteeRanks, actual.MentorSideMenteeRanks);
        Assert.Equal(expected.MentorSideMentorRanks, actual.MentorSideMentorRanks);
    }
}
