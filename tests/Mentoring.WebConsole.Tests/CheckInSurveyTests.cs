using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Domain.Links;
using Mentoring.WebConsole.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.WebConsole.Tests;

/// <summary>The check-in survey in the participant area, answered once through its link, and the programme's feedback page.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CheckInSurveyTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task A_check_in_link_takes_one_answer_whose_low_score_the_feedback_page_flags_with_both_names_and_the_comment()
    {
        const string ProgrammeId = "area-check-in";
        var (match, mentee, mentor) = await ActiveMatchAsync(ProgrammeId);
        var token = ParticipantLinkTokens.Sign(
            new ParticipantLink("check-in-test", ProgrammeId, match.Round[(match.Round.LastIndexOf('/') + 1)..], Id(match.Mentee), Id(match.Mentee),
                LinkActions.CheckIn(1), DateTimeOffset.UtcNow.AddDays(1)),
            ConsoleFixture.LinkSigningKey);
        await using var console = await fixture.OpenAsync();
        var page = console.Page;
        var second = await page.Context.NewPageAsync();
        await second.GotoAsync($"/p/{token}");

        await page.GotoAsync($"/p/{token}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How is it going?" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Accept the match" })).ToHaveCountAsync(0);
        await console.CheckAsync("participant-area-check-in");
        await page.GetByLabel("Your score (1 poorly, 5 very well)").SelectOptionAsync("2");
        await page.GetByLabel("A short comment (optional)").FillAsync("We keep missing each other.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Thank you for your answer.");
        await Expect(page.Locator("dd[data-score]")).ToHaveTextAsync("2");
        // The second tab still shows the form it loaded; the survey has its answer.
        await second.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).ClickAsync();
        await Expect(second.GetByRole(AriaRole.Heading, new() { Name = "This link was already used for that" })).ToBeVisibleAsync();

        await using var admin = await fixture.SignedInAsync();
        await admin.Page.GotoAsync($"/programmes/{ProgrammeId}/feedback");
        var flagged = admin.Page.Locator("table[data-flagged] tbody tr");
        await Expect(flagged).ToHaveCountAsync(1);
        await Expect(flagged).ToContainTextAsync(mentee);
        await Expect(flagged).ToContainTextAsync(mentor);
        await Expect(flagged).ToContainTextAsync("We keep missing each other.");
        await Expect(admin.Page.Locator("[data-response-rate]")).ToBeVisibleAsync();
        await admin.CheckAsync("programme-feedback");
    }

    /// <summary>A published one-to-one match both sides accepted; its mentee's and mentor's display names.</summary>
    private async Task<(Match Match, string Mentee, string Mentor)> ActiveMatchAsync(string programmeId)
    {
        using var clients = Clients.For(fixture.Gateway);
        await clients.CreateProgrammeAsync(programmeId);
        await clients.Participants.CreateParticipantAsync(new() { Parent = $"programmes/{programmeId}", ParticipantId = "mentor-1", Participant = Builders.Mentor("Grace Hopper") });
        await clients.Participants.CreateParticipantAsync(new() { Parent = $"programmes/{programmeId}", ParticipantId = "mentee-1", Participant = Builders.Mentee("Linus Pauling") });
        using var channel = fixture.Gateway.CreateChannel();
        var rounds = new RoundService.RoundServiceClient(channel);
        var round = await rounds.StartRoundAsync(new StartRoundRequest { Parent = $"programmes/{programmeId}", RequestId = "check-in", Scope = RoundScope.All });
        Assert.Equal(RoundState.Done, (await RoundCalls.WatchToEndAsync(rounds, round.Name))[^1].State);
        var proposed = Assert.Single(await RoundCalls.ListAllMatchesAsync(rounds, round.Name, pageSize: 100));
        var matches = new MatchService.MatchServiceClient(channel);
        var name = $"{round.Name}/matches/{Id(proposed.Mentee)}";
        await matches.AcceptMatchAsync(new AcceptMatchRequest { Name = name, Participant = proposed.Mentee });
        var active = await matches.AcceptMatchAsync(new AcceptMatchRequest { Name = name, Participant = proposed.Mentor });
        Assert.Equal(MatchState.Active, active.State);
        return (active, "Linus Pauling", "Grace Hopper");
    }

    private static string Id(string name) => name[(name.LastIndexOf('/') + 1)..];
}
