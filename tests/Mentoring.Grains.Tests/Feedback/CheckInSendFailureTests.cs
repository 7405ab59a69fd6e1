using Mentoring.Abstractions.Feedback;
using Mentoring.Abstractions.Mail;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;
using Mentoring.Grains.Tests.Rounds;
using Mentoring.Grains.Tests.Support;

namespace Mentoring.Grains.Tests.Feedback;

/// <summary>A send that fails part-way through a tick: the one that failed is never sent again, the ones after it go at the next tick.</summary>
public sealed class CheckInSendFailureTests(FeedbackClusterFixture fixture) : IClassFixture<FeedbackClusterFixture>
{
    [Fact]
    public async Task A_failed_send_is_not_retried_and_the_surveys_after_it_go_at_the_next_tick_once_each()
    {
        var grains = fixture.Cluster.Client;
        var scenario = RoundScenario.Create(TestIds.Programme("checkin-fail"), mentees: 24, mentors: 24, seed: 3);
        scenario = scenario with { Participants = [.. scenario.Participants.Select(p => p with { Email = $"{p.Id}@example.org" })] };
        await scenario.WriteAsync(grains);
        var programmeId = scenario.Programme.Id;
        var round = await RoundDriver.RunAsync(grains, programmeId, "fail");
        var matches = (await RoundDriver.ResultAsync(grains, programmeId, round.Spec.RoundId)).Matches.DistinctBy(m => m.MentorId).Take(3).ToList();
        Assert.Equal(3, matches.Count);
        var page = grains.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, round.Spec.RoundId, 0));
        foreach (var match in matches)
        {
            Assert.Equal(MatchState.Active, (await page.ActivateAsync(match.MenteeId)).Match!.State);
        }

        var feedback = grains.GetGrain<IFeedbackGrain>(FeedbackKeys.Feedback(programmeId));
        fixture.Clock.SetUtcNow(DateTimeOffset.UtcNow + TimeSpan.FromDays(15));
        fixture.Faults.FailNth(3);

        await Assert.ThrowsAnyAsync<Exception>(() => feedback.RunDueAsync());
        var afterFailure = await SurveyIdsAsync(grains, programmeId);
        var retried = await feedback.RunDueAsync();
        var again = await feedback.RunDueAsync();
        var surveys = await SurveyIdsAsync(grains, programmeId);
        var sent = await feedback.ListSentAsync();

        Assert.Equal(2, afterFailure.Count);
        Assert.Equal((3, 0), (retried, again));
        Assert.Equal(5, surveys.Count);
        Assert.Equal(surveys.Count, surveys.Distinct().Count());
        // Six surveys were due; the third was handed over and failed, so it stays recorded and is never sent again.
        Assert.Equal(6, sent.Length);
        Assert.Equal(6, sent.Select(s => (s.MenteeId, s.ParticipantId, s.Point)).Distinct().Count());
    }

    private static async Task<List<string>> SurveyIdsAsync(IGrainFactory grains, string programmeId) =>
        [.. (await grains.GetGrain<IDevMailboxGrain>(MailKeys.DevMailbox(programmeId)).ListAsync(0, 1000)).Messages
            .Select(m => m.MessageId).Where(id => id.EndsWith("@mentoring.check-ins", StringComparison.Ordinal))];
}
