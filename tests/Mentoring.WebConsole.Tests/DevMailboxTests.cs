using System.Text.RegularExpressions;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Testing;
using Mentoring.WebConsole.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.WebConsole.Tests;

/// <summary>Without SMTP, a published round's messages are listed on the console's dev mailbox page.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class DevMailboxTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task A_published_round_lands_in_the_dev_mailbox_page_one_german_message_for_each_side_of_each_match()
    {
        const string ProgrammeId = "console-mailbox";
        using var clients = Clients.For(fixture.Gateway);
        var programme = Builders.Programme("Mentoring 2027");
        programme.Language = "de";
        await clients.CreateProgrammeAsync(ProgrammeId, programme);
        for (var i = 0; i < 6; i++)
        {
            var participant = i % 3 == 0 ? Builders.Mentor($"Mentor {i}") : Builders.Mentee($"Mentee {i}");
            participant.Email = $"person-{i}@example.org";
            await clients.Participants.CreateParticipantAsync(new() { Parent = $"programmes/{ProgrammeId}", ParticipantId = $"person-{i}", Participant = participant });
        }

        using var channel = fixture.Gateway.CreateChannel();
        var rounds = new RoundService.RoundServiceClient(channel);
        var round = await rounds.StartRoundAsync(new StartRoundRequest { Parent = $"programmes/{ProgrammeId}", RequestId = "mailbox", Scope = RoundScope.All });
        Assert.Equal(RoundState.Done, (await RoundCalls.WatchToEndAsync(rounds, round.Name))[^1].State);
        var matches = await RoundCalls.ListAllMatchesAsync(rounds, round.Name, pageSize: 100);
        Assert.NotEmpty(matches);
        var mailbox = new DevMailboxService.DevMailboxServiceClient(channel);
        var messages = await Eventually.WaitAsync(
            async () => (await mailbox.ListDevMessagesAsync(new ListDevMessagesRequest { Parent = $"programmes/{ProgrammeId}", PageSize = 100 })).DevMessages,
            m => m.Count >= 2 * matches.Count, TimeSpan.FromMinutes(2), "a message for each side of each match");
        Assert.Equal(2 * matches.Count, messages.Count);
        Assert.All(messages, m => Assert.Matches(new Regex("/p/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), m.Body));

        await using var console = await fixture.SignedInAsync();
        var page = console.Page;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Dev mailbox" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Mentoring 2027" }).ClickAsync();

        var articles = page.Locator("article.dev-message");
        await Expect(articles).ToHaveCountAsync(2 * matches.Count);
        var first = matches[0];
        await Expect(page.GetByRole(AriaRole.Article, new() { Name = $"Ihr Mentoring-Match: {Name(first.Mentor)}" }).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Article, new() { Name = $"Ihr Mentoring-Match: {Name(first.Mentee)}" })).ToBeVisibleAsync();
        await console.CheckAsync("dev-mailbox");
    }

    private static string Name(string participant)
    {
        var index = int.Parse(participant[(participant.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return index % 3 == 0 ? $"Mentor {index}" : $"Mentee {index}";
    }
}
