using Mentoring.Abstractions.Feedback;
using Mentoring.Abstractions.Mail;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Mentoring.Domain.Links;
using Mentoring.Grains.Tests.Rounds;
using Mentoring.Grains.Tests.Support;

namespace Mentoring.Grains.Tests.Feedback;

/// <summary>
/// The programme's check-in tick (<see cref="IFeedbackGrain.RunDueAsync"/>, run here directly on a fake clock): a survey
/// goes to each side of each active match once each check-in point is reached, once, also across a restart; never before,
/// never for a match that is not active.
/// </summary>
[Collection(FeedbackCollection.Name)]
public sealed class CheckInSchedulingTests(FeedbackClusterFixture fixture)
{
    [Fact]
    public async Task Each_side_of_an_active_match_gets_one_survey_per_point_reached_only_the_latest_after_a_gap_none_early_none_twice_and_none_for_other_matches()
    {
        var grains = fixture.Cluster.Client;
        var scenario = WithAddresses(RoundScenario.Create(TestIds.Programme("checkins"), mentees: 24, mentors: 24, seed: 3));
        await scenario.WriteAsync(grains);
        var programmeId = scenario.Programme.Id;
        var round = await RoundDriver.RunAsync(grains, programmeId, "checkins");
        var roundId = round.Spec.RoundId;
        var matches = (await RoundDriver.ResultAsync(grains, programmeId, roundId)).Matches.DistinctBy(m => m.MentorId).ToList();
        Assert.True(matches.Count >= 4, $"Only {matches.Count} matches with distinct mentors.");
        var (active, ended, proposed, later) = (matches[0], matches[1], matches[2], matches[3]);
        var page = await PageOfAsync(grains, programmeId, roundId);
        Assert.Equal(MatchState.Active, (await page.ActivateAsync(active.MenteeId)).Match!.State);
        Assert.Equal(MatchState.Active, (await page.ActivateAsync(ended.MenteeId)).Match!.State);
        Assert.Equal(MatchState.Ended, (await page.EndAsync(ended.MenteeId, 4, null)).Match!.State);
        var feedback = grains.GetGrain<IFeedbackGrain>(FeedbackKeys.Feedback(programmeId));
        var start = fixture.Clock.GetUtcNow();

        var atStart = await feedback.RunDueAsync();
        fixture.Clock.SetUtcNow(start + TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        var justBefore = await feedback.RunDueAsync();
        fixture.Clock.SetUtcNow(start + TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        var firstPoint = await feedback.RunDueAsync();
        var again = await feedback.RunDueAsync();
        var afterFirst = await SurveysAsync(grains, programmeId);
        // Turned active now (the real clock), while the feedback clock is two weeks ahead; the next tick comes long after.
        Assert.Equal(MatchState.Active, (await page.ActivateAsync(later.MenteeId)).Match!.State);
        fixture.Clock.SetUtcNow(start + TimeSpan.FromDays(57));
        var caughtUp = await feedback.RunDueAsync();
        await fixture.RestartAsync();
        grains = fixture.Cluster.Client;
        feedback = grains.GetGrain<IFeedbackGrain>(FeedbackKeys.Feedback(programmeId));
        var afterRestart = await feedback.RunDueAsync();
        var surveys = await SurveysAsync(grains, programmeId);
        var sent = await feedback.ListSentAsync();

        // At day 57 the first match is due its second point; the later one reached both points unseen and gets only the second.
        Assert.Equal((0, 0, 2, 0, 4, 0), (atStart, justBefore, firstPoint, again, caughtUp, afterRestart));
        Assert.Equal(
            new[] { (active.MenteeId, active.MenteeId, 1), (active.MenteeId, active.MentorId, 1) }.Order(),
            afterFirst.Select(s => (s.Link.MenteeId, s.Link.ParticipantId, Point(s.Link))).Order());
        var expected = new[]
        {
            (active.MenteeId, active.MenteeId, 1), (active.MenteeId, active.MentorId, 1),
            (active.MenteeId, active.MenteeId, 2), (active.MenteeId, active.MentorId, 2),
            (later.MenteeId, later.MenteeId, 2), (later.MenteeId, later.MentorId, 2),
        }.Order().ToList();
        Assert.Equal(expected, surveys.Select(s => (s.Link.MenteeId, s.Link.ParticipantId, Point(s.Link))).Order());
        Assert.Equal(expected, sent.Select(s => (s.MenteeId, s.ParticipantId, s.Point)).Order());
        Assert.All(sent, s => Assert.True(s.Delivered));
        Assert.DoesNotContain(surveys, s => s.Link.MenteeId == ended.MenteeId || s.Link.MenteeId == proposed.MenteeId);
        Assert.All(surveys, s =>
        {
            Assert.Equal($"{s.Link.ParticipantId}@example.org", s.Message.To);
            Assert.StartsWith("Wie läuft Ihr Mentoring mit Person ", s.Message.Subject, StringComparison.Ordinal);
            Assert.Equal(roundId, s.Link.RoundId);
        });
        Assert.Equal(surveys.Count, surveys.Select(s => s.Message.MessageId).Distinct().Count());
    }

    private static int Point(ParticipantLink link) => LinkActions.CheckInPoint(link.Action) ?? 0;

    private static async Task<IRoundResultPageGrain> PageOfAsync(IGrainFactory grains, string programmeId, string roundId)
    {
        var pages = await grains.GetGrain<IRoundResultsGrain>(RoundKeys.Round(programmeId, roundId)).StoredPageCountAsync();
        Assert.Equal(1, pages);
        return grains.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, roundId, 0));
    }

    /// <summary>The check-in messages in the dev mailbox with the link each carries.</summary>
    private static async Task<List<(MailMessage Message, ParticipantLink Link)>> SurveysAsync(IGrainFactory grains, string programmeId)
    {
        var key = (await grains.GetGrain<ILinkSigningKeyGrain>(MailKeys.LinkSigningKey).GetAsync()).ToArray();
        var messages = (await grains.GetGrain<IDevMailboxGrain>(MailKeys.DevMailbox(programmeId)).ListAsync(0, 1000)).Messages;
        var surveys = new List<(MailMessage, ParticipantLink)>();
        foreach (var message in messages.Where(m => m.MessageId.EndsWith("@mentoring.check-ins", StringComparison.Ordinal)))
        {
            var start = message.Body.IndexOf("/p/", StringComparison.Ordinal) + 3;
            var token = message.Body[start..message.Body.IndexOfAny(['\r', '\n'], start)];
            Assert.Equal(LinkRefusal.None, ParticipantLinkTokens.TryRead(token, key, DateTimeOffset.UtcNow, out var link));
            surveys.Add((message, link!));
        }

        return surveys;
    }

    private static RoundScenario WithAddresses(RoundScenario scenario) => scenario with
    {
        Programme = scenario.Programme with { Language = MessageLanguages.German, DisplayName = "Mentoring 2027" },
        Participants = [.. scenario.Participants.Select(p => p with { Email = $"{p.Id}@example.org", DisplayName = $"Person {p.Id}" })],
    };
}

[CollectionDefinition(Name)]
public sealed class FeedbackCollection : ICollectionFixture<FeedbackClusterFixture>
{
    public const string Name = "feedback";
}
