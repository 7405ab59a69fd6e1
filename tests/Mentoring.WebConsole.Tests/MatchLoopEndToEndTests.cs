using System.Globalization;
using System.Text.RegularExpressions;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Testing;
using Mentoring.WebConsole.Tests.Infrastructure;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.WebConsole.Tests;

/// <summary>
/// The whole loop with real parts: a partner's webhook endpoint, a published round, its mail through a real SMTP
/// server, both sides answering through the links in their messages in the browser, and the partner told by webhook.
/// </summary>
public sealed partial class MatchLoopEndToEndTests(MailAndWebhookConsoleFixture fixture) : IClassFixture<MailAndWebhookConsoleFixture>
{
    private const string ProgrammeId = "loop-2027";
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Both_sides_accept_through_their_mailed_links_the_match_turns_active_and_the_partners_webhook_hears_it_signed()
    {
        using var channel = fixture.Gateway.CreateChannel();
        var hooks = new WebhookService.WebhookServiceClient(channel);
        var endpoint = await hooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest
        {
            Parent = $"tenants/{TestCredentials.Tenant}",
            WebhookEndpoint = new WebhookEndpoint { Url = fixture.Receiver.Url, EventTypes = { "match.accepted", "match.active" } },
        });
        using var clients = new Clients(channel);
        await clients.CreateProgrammeAsync(ProgrammeId, Builders.Programme("Loop 2027"));
        var mentee = Builders.Mentee("Bo Jensen");
        mentee.Email = "bo@example.org";
        var mentor = Builders.Mentor("Ada Lovelace");
        mentor.Email = "ada@example.org";
        await clients.Participants.CreateParticipantAsync(new() { Parent = $"programmes/{ProgrammeId}", ParticipantId = "bo", Participant = mentee });
        await clients.Participants.CreateParticipantAsync(new() { Parent = $"programmes/{ProgrammeId}", ParticipantId = "ada", Participant = mentor });

        var rounds = new RoundService.RoundServiceClient(channel);
        var round = await rounds.StartRoundAsync(new StartRoundRequest { Parent = $"programmes/{ProgrammeId}", RequestId = "loop", Scope = RoundScope.All });
        Assert.Equal(RoundState.Done, (await RoundCalls.WatchToEndAsync(rounds, round.Name))[^1].State);
        var matchName = $"{round.Name}/matches/bo";
        var matches = new MatchService.MatchServiceClient(channel);
        Assert.Equal(MatchState.Proposed, (await matches.GetMatchAsync(new GetMatchRequest { Name = matchName })).State);

        var mail = (await fixture.Smtp.WaitForAsync(2, Generous)).Select(Parse).ToDictionary(m => Assert.Single(m.To.Mailboxes).Address);
        Assert.Equal(["ada@example.org", "bo@example.org"], mail.Keys.Order(StringComparer.Ordinal));
        var menteeLink = LinkIn(mail["bo@example.org"]);
        var mentorLink = LinkIn(mail["ada@example.org"]);
        Assert.NotEqual(menteeLink, mentorLink);

        await using var menteeConsole = await fixture.OpenAsync();
        var menteePage = menteeConsole.Page;
        await menteePage.GotoAsync(menteeLink);
        await Expect(menteePage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your match: Ada Lovelace");
        await Expect(State(menteePage)).ToHaveTextAsync("Proposed");
        await menteePage.GetByRole(AriaRole.Button, new() { Name = "Accept the match" }).ClickAsync();

        // Accepted on one side: the mentee's page now waits for the mentor, with nothing left for the mentee to answer.
        await Expect(State(menteePage)).ToHaveTextAsync("Accepted by the mentee");
        await Expect(menteePage.GetByRole(AriaRole.Button, new() { Name = "Accept the match" })).ToHaveCountAsync(0);
        await Expect(menteePage.GetByRole(AriaRole.Button, new() { Name = "Decline the match" })).ToHaveCountAsync(0);
        await menteeConsole.CheckAsync("match-loop-waiting");
        Assert.Equal(MatchState.AcceptedByMentee, (await matches.GetMatchAsync(new GetMatchRequest { Name = matchName })).State);
        // The partner hears of the first acceptance on its own, before the other side has answered.
        await fixture.Receiver.WaitForAsync(d => Distinct(d, matchName).Any(e => e.Type == "match.accepted"), Generous, "match.accepted for the match at the partner's endpoint");

        await using var mentorConsole = await fixture.OpenAsync();
        var mentorPage = mentorConsole.Page;
        await mentorPage.GotoAsync(mentorLink);
        await Expect(mentorPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your match: Bo Jensen");
        await Expect(State(mentorPage)).ToHaveTextAsync("Accepted by the mentee");
        await mentorPage.GetByRole(AriaRole.Button, new() { Name = "Accept the match" }).ClickAsync();
        await Expect(State(mentorPage)).ToHaveTextAsync("Active");
        await menteePage.ReloadAsync();
        await Expect(State(menteePage)).ToHaveTextAsync("Active");
        Assert.Equal(MatchState.Active, (await matches.GetMatchAsync(new GetMatchRequest { Name = matchName })).State);

        // Delivery is at least once: a repeat carries the same webhook-id, so the partner's view is the distinct ids.
        var deliveries = await fixture.Receiver.WaitForAsync(
            d => Distinct(d, matchName).Select(e => e.Type).Contains("match.active"), Generous, "match.active for the match at the partner's endpoint");
        var events = Distinct(deliveries, matchName);
        Assert.Equal(["match.accepted", "match.active"], events.Select(e => e.Type));
        Assert.Equal(["accepted_by_mentee", "active"], events.Select(e => e.Data("state")));
        Assert.All(deliveries, d => Assert.True(d.IsSignedWith(endpoint.Secret), $"bad Standard Webhooks signature on {d.Id}"));
        Assert.All(deliveries, d => Assert.InRange(
            DateTimeOffset.FromUnixTimeSeconds(long.Parse(d.Timestamp, CultureInfo.InvariantCulture)),
            DateTimeOffset.UtcNow - Generous - Generous, DateTimeOffset.UtcNow + TimeSpan.FromMinutes(1)));
        Assert.All(deliveries, d => Assert.DoesNotContain("Bo Jensen", d.Body, StringComparison.Ordinal));
        Assert.All(deliveries, d => Assert.DoesNotContain("bo@example.org", d.Body, StringComparison.Ordinal));
    }

    private static ILocator State(IPage page) => page.Locator("strong[data-state]");

    private static List<WebhookDelivery> Distinct(IReadOnlyList<WebhookDelivery> deliveries, string matchName) =>
        [.. deliveries.Where(d => d.Data("subject") == matchName).DistinctBy(d => d.Id)];

    /// <summary>The personal link in a message's text, which must point at this gateway's console.</summary>
    private string LinkIn(MimeMessage message)
    {
        var link = LinkPattern().Match(message.TextBody ?? "").Value;
        Assert.StartsWith(fixture.Gateway.WebAddress + "/p/", link, StringComparison.Ordinal);
        return link;
    }

    private static MimeMessage Parse(string raw)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw));
        return MimeMessage.Load(stream);
    }

    [GeneratedRegex(@"https?://\S+/p/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex LinkPattern();
}
