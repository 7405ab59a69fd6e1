using Mentoring.Abstractions;
using Mentoring.Abstractions.Feedback;
using Mentoring.Abstractions.Rounds;
using Mentoring.Abstractions.Security;
using Mentoring.Grains.Tests.Rounds;
using Mentoring.Grains.Tests.Support;

namespace Mentoring.Grains.Tests.Feedback;

/// <summary>Check-in answers are personal data: erasure pseudonymises them and drops the author's comment; a purge drops them all.</summary>
[Collection(FeedbackCollection.Name)]
public sealed class FeedbackErasureTests(FeedbackClusterFixture fixture)
{
    [Fact]
    public async Task Erasing_a_participant_leaves_no_feedback_row_naming_them_or_holding_their_comment_and_a_purge_drops_the_rest()
    {
        var grains = fixture.Cluster.Client;
        var scenario = RoundScenario.Create(TestIds.Programme("feedback-erase"), mentees: 6, mentors: 6, seed: 7);
        await scenario.WriteAsync(grains);
        var programmeId = scenario.Programme.Id;
        var round = await RoundDriver.RunAsync(grains, programmeId, "erase");
        var match = (await RoundDriver.ResultAsync(grains, programmeId, round.Spec.RoundId)).Matches[0];
        await grains.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, round.Spec.RoundId, 0)).ActivateAsync(match.MenteeId);
        var feedback = grains.GetGrain<IFeedbackGrain>(FeedbackKeys.Feedback(programmeId));
        var mentorComment = $"mentor-comment-{Guid.NewGuid():N}";
        var menteeComment = $"mentee-comment-{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow;
        await feedback.AnswerAsync(new CheckInAnswer(round.Spec.RoundId, match.MenteeId, match.MentorId, match.MentorId, "mentor", 1, 1, mentorComment, now));
        await feedback.AnswerAsync(new CheckInAnswer(round.Spec.RoundId, match.MenteeId, match.MentorId, match.MenteeId, "mentee", 1, 4, menteeComment, now));
        var key = FeedbackKeys.Feedback(programmeId);
        Assert.Equal([key], await Rows(mentorComment));

        var ticket = await grains.GetGrain<IParticipantErasureGrain>(GrainKeys.Participant(programmeId, match.MentorId)).EraseAsync(null);

        Assert.Empty(await Rows(mentorComment));
        Assert.Empty(await fixture.Cluster.Table.RowsContainingAsync(match.MentorId, within: key));
        Assert.Equal([key], await Rows(menteeComment));
        Assert.Empty(await feedback.ListAnswersByAsync(match.MentorId));
        var own = Assert.Single(await feedback.ListAnswersByAsync(ticket.Pseudonym!));
        Assert.Equal((1, null, ticket.Pseudonym), (own.Score, own.Comment, own.MentorId));
        var summary = await feedback.SummarizeAsync();
        Assert.Equal((2, 2.5), (summary.Answered, summary.Points[0].MeanScore));
        // The match turning active scheduled the programme's check-in reminder.
        Assert.Equal(1, await fixture.Cluster.Table.CountRemindersAsync(key, "check-ins"));

        Assert.Equal(WriteStatus.Deleted, await grains.Programme(programmeId).DeleteAsync(null, force: true));

        Assert.Equal(0, await fixture.Cluster.Table.CountRowsAsync(key, StorageNames.FeedbackState));
        Assert.Equal(0, await fixture.Cluster.Table.CountRemindersAsync(key, "check-ins"));
        Assert.Empty(await Rows(menteeComment));
    }

    private async Task<List<string>> Rows(string text) =>
        [.. (await fixture.Cluster.Table.RowsContainingAsync(text)).Select(row => row[(row.IndexOf(' ') + 1)..])];
}
