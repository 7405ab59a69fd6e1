using Regex = System.Text.RegularExpressions.Regex;
using GeneratedRegexAttribute = System.Text.RegularExpressions.GeneratedRegexAttribute;
using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Domain.Links;
using Mentoring.Testing;
using Mentoring.WebConsole.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.WebConsole.Tests;

/// <summary>The participant area: the personal link from a delivered message is the only credential, good for each action once.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class ParticipantAreaTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task A_link_from_a_delivered_message_accepts_the_match_once_and_a_second_accept_with_it_is_refused_with_a_clear_page()
    {
        var (match, token) = await DeliveredLinkAsync("area-accept");
        await using var console = await fixture.OpenAsync();
        var page = console.Page;
        var second = await page.Context.NewPageAsync();
        await second.GotoAsync($"/p/{token}");

        await page.GotoAsync($"/p/{token}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Your match:");
        await Expect(page.Locator("strong[data-state]")).ToHaveTextAsync("Proposed");
        await console.CheckAsync("participant-area");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept the match" }).ClickAsync();

        await Expect(page.Locator("strong[data-state]")).ToHaveTextAsync("Accepted by the mentee");
        using var channel = fixture.Gateway.CreateChannel();
        var matches = new MatchService.MatchServiceClient(channel);
        Assert.Equal(MatchState.AcceptedByMentee, (await matches.GetMatchAsync(new GetMatchRequest { Name = match.Name })).State);

        // The second tab still offers the answer it loaded; the link has been used for it.
        await second.GetByRole(AriaRole.Button, new() { Name = "Accept the match" }).ClickAsync();
        await Expect(second.GetByRole(AriaRole.Heading, new() { Name = "This link was already used for that" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_tampered_link_is_refused_with_a_clear_page_and_grants_nothing_through_the_api()
    {
        var (match, token) = await DeliveredLinkAsync("area-tampered");
        var dot = token.IndexOf('.');
        var tampered = token[..(dot + 1)] + (token[dot + 1] == 'A' ? 'B' : 'A') + token[(dot + 2)..];
        await using var console = await fixture.OpenAsync();

        await console.Page.GotoAsync($"/p/{tampered}");

        await Expect(console.Page.GetByRole(AriaRole.Heading, new() { Name = "This link is not valid" })).ToBeVisibleAsync();
        await console.CheckAsync("participant-area-invalid");
        using var channel = fixture.Gateway.CreateChannel();
        var links = new ParticipantLinkService.ParticipantLinkServiceClient(channel);
        var refused = await Assert.ThrowsAsync<RpcException>(async () =>
            await links.AcceptLinkedMatchAsync(new AcceptLinkedMatchRequest { Name = match.Name }, new Metadata { { "authorization", $"Link {tampered}" } }));
        Assert.Equal((StatusCode.Unauthenticated, "invalid"), (refused.StatusCode, refused.Trailers.GetValue("link-refusal")));
        // A genuine link names one match: asking for another with it is refused too.
        var other = match.Name[..(match.Name.LastIndexOf('/') + 1)] + "someone-else";
        var foreign = await Assert.ThrowsAsync<RpcException>(async () =>
            await links.GetLinkedMatchAsync(new GetLinkedMatchRequest { Name = other }, new Metadata { { "authorization", $"Link {token}" } }));
        Assert.Equal(StatusCode.Unauthenticated, foreign.StatusCode);
        var matches = new MatchService.MatchServiceClient(channel);
        Assert.Equal(MatchState.Proposed, (await matches.GetMatchAsync(new GetMatchRequest { Name = match.Name })).State);
    }

    [Fact]
    public async Task An_expired_link_is_refused_with_a_clear_page()
    {
        var (match, token) = await DeliveredLinkAsync("area-expired");
        var genuine = ParticipantLinkTokens.ReadUnverified(token)!;
        var expired = ParticipantLinkTokens.Sign(genuine with { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) }, ConsoleFixture.LinkSigningKey);
        await using var console = await fixture.OpenAsync("de-DE");

        await console.Page.GotoAsync($"/p/{expired}");

        await Expect(console.Page.GetByRole(AriaRole.Heading, new() { Name = "Dieser Link ist abgelaufen" })).ToBeVisibleAsync();
        await console.CheckAsync("participant-area-expired");
        using var channel = fixture.Gateway.CreateChannel();
        var matches = new MatchService.MatchServiceClient(channel);
        Assert.Equal(MatchState.Proposed, (await matches.GetMatchAsync(new GetMatchRequest { Name = match.Name })).State);
    }

    /// <summary>Publishes a round of a small programme and returns a match with the link its mentee's message carries.</summary>
    private async Task<(Match Match, string Token)> DeliveredLinkAsync(string programmeId)
    {
        using var clients = Clients.For(fixture.Gateway);
        await clients.CreateProgrammeAsync(programmeId);
        for (var i = 0; i < 4; i++)
        {
            var participant = i % 2 == 0 ? Builders.Mentor($"Mentor {i}") : Builders.Mentee($"Mentee {i}");
            participant.Email = $"person-{i}@example.org";
            await clients.Participants.CreateParticipantAsync(new() { Parent = $"programmes/{programmeId}", ParticipantId = $"person-{i}", Participant = participant });
        }

        using var channel = fixture.Gateway.CreateChannel();
        var rounds = new RoundService.RoundServiceClient(channel);
        var round = await rounds.StartRoundAsync(new StartRoundRequest { Parent = $"programmes/{programmeId}", RequestId = "area", Scope = RoundScope.All });
        Assert.Equal(RoundState.Done, (await RoundCalls.WatchToEndAsync(rounds, round.Name))[^1].State);
        var first = (await RoundCalls.ListAllMatchesAsync(rounds, round.Name, pageSize: 100))[0];
        var matches = new MatchService.MatchServiceClient(channel);
        var match = await matches.GetMatchAsync(new GetMatchRequest { Name = $"{round.Name}/matches/{first.Mentee[(first.Mentee.LastIndexOf('/') + 1)..]}" });
        var mailbox = new DevMailboxService.DevMailboxServiceClient(channel);
        var message = await Eventually.WaitAsync<DevMessage?>(
            async () => (await mailbox.ListDevMessagesAsync(new ListDevMessagesRequest { Parent = $"programmes/{programmeId}", PageSize = 100 }))
                .DevMessages.FirstOrDefault(m => m.Participant == match.Mentee),
            m => m is not null, TimeSpan.FromMinutes(2), "the mentee's message");
        return (match, TokenPattern().Match(message!.Body).Groups[1].Value);
    }

    [GeneratedRegex(@"/p/([A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+)")]
    private static partial Regex TokenPattern();
}
