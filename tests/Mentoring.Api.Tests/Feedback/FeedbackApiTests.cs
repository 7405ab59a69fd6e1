using GeneratedRegexAttribute = System.Text.RegularExpressions.GeneratedRegexAttribute;
using Regex = System.Text.RegularExpressions.Regex;
using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Domain.Links;
using Mentoring.Testing;

namespace Mentoring.Api.Tests.Feedback;

/// <summary>
/// Check-in surveys end to end: matches turn active, the programme's reminder mails both sides a survey link, answers
/// come through the link once each, and the summary's numbers are exactly those of the answers given.
/// </summary>
public sealed partial class FeedbackApiTests(FeedbackGatewayFixture fixture) : IClassFixture<FeedbackGatewayFixture>
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Surveys_answered_once_through_their_links_sum_up_to_exact_aggregates_with_the_low_score_flagged()
    {
        var world = fixture.Sum;
        var (a, b, c) = (world.Matches[0], world.Matches[1], world.Matches[2]);
        var surveys = await SurveysAsync(world, expected: 6);
        using var channel = fixture.Gateway.CreateChannel();

        var first = await AnswerAsync(surveys[(a.Name, a.Mentee)], a.Name, 5, "Great start.");
        await AnswerAsync(surveys[(a.Name, a.Mentor)], a.Name, 2, "Too little time.");
        await AnswerAsync(surveys[(b.Name, b.Mentee)], b.Name, 4, "");
        var reuse = await RpcAssert.FailsWithAsync(StatusCode.PermissionDenied, () => AnswerAsync(surveys[(a.Name, a.Mentee)], a.Name, 1, "Changed my mind."));
        var matches = new MatchService.MatchServiceClient(channel);
        await matches.EndMatchAsync(new EndMatchRequest { Name = c.Name, Rating = 3, Comment = "Moved teams." });
        var summary = await new FeedbackService.FeedbackServiceClient(channel).GetFeedbackSummaryAsync(
            new GetFeedbackSummaryRequest { Name = $"{world.Programme}/feedbackSummary" });

        Assert.Equal((1, 5, "Great start."), (first.CheckIn, first.CheckInAnswer.Score, first.CheckInAnswer.Comment));
        Assert.Contains(LinkActions.CheckIn(1), first.UsedActions);
        Assert.Equal("used", reuse.Trailers.GetValue("link-refusal"));
        Assert.Equal((6, 3, 0.5), (summary.DeliveredSurveys, summary.AnsweredSurveys, summary.ResponseRate));
        Assert.Equal(2, summary.CheckInPoints.Count);
        Assert.Equal((1, TimeSpan.FromSeconds(1), 6, 3, 11.0 / 3), (summary.CheckInPoints[0].CheckIn, summary.CheckInPoints[0].After.ToTimeSpan(),
            summary.CheckInPoints[0].DeliveredSurveys, summary.CheckInPoints[0].AnsweredSurveys, summary.CheckInPoints[0].MeanScore));
        Assert.Equal((2, 0, 0, false), (summary.CheckInPoints[1].CheckIn, summary.CheckInPoints[1].DeliveredSurveys,
            summary.CheckInPoints[1].AnsweredSurveys, summary.CheckInPoints[1].HasMeanScore));
        Assert.Equal(3, summary.Weeks.Sum(w => w.AnsweredSurveys));
        Assert.All(summary.Weeks, w => Assert.Equal((DayOfWeek.Monday, TimeSpan.Zero), (w.WeekStart.ToDateTime().DayOfWeek, w.WeekStart.ToDateTime().TimeOfDay)));
        Assert.Equal(11.0 / 3, summary.Weeks.Sum(w => w.MeanScore * w.AnsweredSurveys) / 3, 9);
        Assert.Equal(1, summary.EndedEarlyMatches);
        var reason = Assert.Single(summary.EndingReasons);
        Assert.Equal(("", 1, 3.0), (reason.Reason, reason.Matches, reason.MeanRating));
        Assert.Equal(2, summary.LowScoreThreshold);
        var flagged = Assert.Single(summary.FlaggedAnswers);
        Assert.Equal((a.Name, a.Mentor, "mentor", 2, "Too little time."),
            (flagged.Answer.Match, flagged.Answer.Participant, flagged.Answer.Side, flagged.Answer.Score, flagged.Answer.Comment));
        Assert.Equal((world.Names[a.Mentee], world.Names[a.Mentor]), (flagged.MenteeDisplayName, flagged.MentorDisplayName));
    }

    [Fact]
    public async Task Bad_answers_are_refused_with_field_violations_and_a_match_link_cannot_answer_nor_a_survey_link_accept()
    {
        var world = fixture.Bad;
        var active = world.Matches[0];
        var surveys = await SurveysAsync(world, expected: 2);
        var token = surveys[(active.Name, active.Mentee)];

        var violations = await RpcAssert.RejectsFieldAsync("score", () => AnswerAsync(token, active.Name, 0, new string('x', 501)));
        Assert.Contains(violations.FieldViolations, v => v.Field == "comment");
        await RpcAssert.RejectsFieldAsync("score", () => AnswerAsync(token, active.Name, 6, ""));
        var respond = Sign(new ParticipantLink("respond-link", world.ProgrammeId, world.RoundId, Id(active.Mentee), Id(active.Mentee), LinkActions.Respond, DateTimeOffset.UtcNow.AddDays(1)));
        var notForSurvey = await RpcAssert.FailsWithAsync(StatusCode.PermissionDenied, () => AnswerAsync(respond, active.Name, 4, ""));
        using var channel = fixture.Gateway.CreateChannel(null);
        var links = new ParticipantLinkService.ParticipantLinkServiceClient(channel);
        var accept = await RpcAssert.FailsWithAsync(StatusCode.PermissionDenied, async () =>
            await links.DeclineLinkedMatchAsync(new DeclineLinkedMatchRequest { Name = active.Name }, Link(token)));
        // A match that never turned active has nothing to check in on.
        var proposed = world.Matches[1];
        var early = Sign(new ParticipantLink("early-link", world.ProgrammeId, world.RoundId, Id(proposed.Mentee), Id(proposed.Mentee), LinkActions.CheckIn(1), DateTimeOffset.UtcNow.AddDays(1)));
        await RpcAssert.FailsWithAsync(StatusCode.FailedPrecondition, () => AnswerAsync(early, proposed.Name, 4, ""));
        // Refused answers left the survey open.
        var answered = await AnswerAsync(token, active.Name, 4, new string('x', 500));

        Assert.Equal("action", notForSurvey.Trailers.GetValue("link-refusal"));
        Assert.Equal("action", accept.Trailers.GetValue("link-refusal"));
        Assert.Equal(4, answered.CheckInAnswer.Score);
    }

    [Fact]
    public async Task Erasure_pseudonymises_the_persons_answers_drops_their_comment_and_keeps_the_scores_while_export_lists_them_before()
    {
        var world = fixture.Erase;
        var match = world.Matches[0];
        var surveys = await SurveysAsync(world, expected: 2);
        await AnswerAsync(surveys[(match.Name, match.Mentor)], match.Name, 1, "My mentee never shows up.");
        await AnswerAsync(surveys[(match.Name, match.Mentee)], match.Name, 2, "My mentor is always busy.");
        using var channel = fixture.Gateway.CreateChannel();
        var export = await new DataProtectionService.DataProtectionServiceClient(channel).ExportParticipantAsync(new ExportParticipantRequest { Name = match.Mentor });

        await new ParticipantService.ParticipantServiceClient(channel).DeleteParticipantAsync(new DeleteParticipantRequest { Name = match.Mentor });
        var summary = await new FeedbackService.FeedbackServiceClient(channel).GetFeedbackSummaryAsync(
            new GetFeedbackSummaryRequest { Name = $"{world.Programme}/feedbackSummary" });

        var exported = Assert.Single(export.CheckInAnswers);
        Assert.Equal((match.Mentor, 1, "My mentee never shows up."), (exported.Participant, exported.Score, exported.Comment));
        Assert.Equal((2, 2), (summary.AnsweredSurveys, summary.FlaggedAnswers.Count));
        var own = Assert.Single(summary.FlaggedAnswers, f => f.Answer.Side == "mentor");
        var others = Assert.Single(summary.FlaggedAnswers, f => f.Answer.Side == "mentee");
        Assert.NotEqual(match.Mentor, own.Answer.Participant);
        Assert.Equal((1, "", ""), (own.Answer.Score, own.Answer.Comment, own.MentorDisplayName));
        // The mentee's answer stays theirs, about a partner who now reads as a pseudonym.
        Assert.Equal((match.Mentee, "My mentor is always busy.", world.Names[match.Mentee], ""),
            (others.Answer.Participant, others.Answer.Comment, others.MenteeDisplayName, others.MentorDisplayName));
        var serialized = summary.ToString();
        Assert.DoesNotContain(Id(match.Mentor), serialized, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Names[match.Mentor], serialized, StringComparison.Ordinal);
    }

    /// <summary>Waits for the programme's reminder to mail the first check-in; the link token of each (match, participant).</summary>
    private async Task<Dictionary<(string Match, string Participant), string>> SurveysAsync(FeedbackWorld world, int expected)
    {
        using var channel = fixture.Gateway.CreateChannel();
        var mailbox = new DevMailboxService.DevMailboxServiceClient(channel);
        var messages = await Eventually.WaitAsync(
            async () => (await mailbox.ListDevMessagesAsync(new ListDevMessagesRequest { Parent = world.Programme, PageSize = 100 }))
                .DevMessages.Where(m => m.Subject.StartsWith("How is your mentoring", StringComparison.Ordinal)).ToList(),
            m => m.Count >= expected, Generous, "the check-in surveys");
        Assert.Equal(expected, messages.Count);
        var surveys = new Dictionary<(string, string), string>();
        foreach (var message in messages)
        {
            var token = TokenPattern().Match(message.Body).Groups[1].Value;
            var link = ParticipantLinkTokens.ReadUnverified(token)!;
            Assert.Equal(LinkActions.CheckIn(1), link.Action);
            surveys.Add(($"{world.Programme}/rounds/{link.RoundId}/matches/{link.MenteeId}", $"{world.Programme}/participants/{link.ParticipantId}"), token);
        }

        return surveys;
    }

    private async Task<LinkedMatch> AnswerAsync(string token, string match, int score, string comment)
    {
        using var channel = fixture.Gateway.CreateChannel(null);
        var links = new ParticipantLinkService.ParticipantLinkServiceClient(channel);
        return await links.AnswerLinkedCheckInAsync(new AnswerLinkedCheckInRequest { Name = match, Score = score, Comment = comment }, Link(token));
    }

    private static Metadata Link(string token) => new() { { "authorization", $"Link {token}" } };

    private static string Sign(ParticipantLink link) => ParticipantLinkTokens.Sign(link, FeedbackGatewayFixture.LinkSigningKey);

    private static string Id(string name) => FeedbackWorld.Id(name);

    [GeneratedRegex(@"/p/([A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+)")]
    private static partial Regex TokenPattern();
}
