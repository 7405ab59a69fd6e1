using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.WebConsole.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.WebConsole.Tests;

/// <summary>Participants: listed a server page at a time, filtered, viewed, edited and erased through the API.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ParticipantTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task The_list_pages_on_the_server_by_token_and_filters_and_searches_by_role_and_name_on_the_server()
    {
        using var clients = Clients.For(fixture.Gateway);
        await SampleData.WriteAsync(clients, "console-paging", participants: 60);
        await using var console = await fixture.SignedInAsync();
        var page = console.Page;
        var rows = page.Locator("tbody tr");

        await page.GotoAsync("/programmes/console-paging/participants");
        await Expect(rows).ToHaveCountAsync(50);
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "person-000", Exact = true })).ToBeVisibleAsync();
        await console.CheckAsync("participants");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(10);
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "person-059", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Next page" })).ToBeDisabledAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Previous page" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "person-000", Exact = true })).ToBeVisibleAsync();

        await page.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = "Mentor" });
        await Expect(rows).ToHaveCountAsync(20);
        await page.GetByLabel("Search by name or id").FillAsync("mentor 3");
        await Expect(rows).ToHaveCountAsync(5);

        // The server searches the whole programme: person-059 is on the second page of the unfiltered listing.
        await page.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = "Any role" });
        await page.GetByLabel("Search by name or id").FillAsync("Mentee 59");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "person-059", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Next page" })).ToBeDisabledAsync();
    }

    [Fact]
    public async Task A_profile_edited_in_the_console_is_the_one_the_api_returns()
    {
        using var clients = Clients.For(fixture.Gateway);
        await SampleData.WriteAsync(clients, "console-profile", participants: 4);
        await using var console = await fixture.SignedInAsync();
        var page = console.Page;

        await page.GotoAsync("/programmes/console-profile/participants");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mentor 3" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mentor 3", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Display name").FillAsync("Ada Edited");
        await page.GetByLabel("Languages").FillAsync("en, fr");
        await page.GetByLabel("Capacity").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ada Edited", Level = 1 })).ToBeVisibleAsync();
        await console.CheckAsync("profile");
        var stored = await clients.Participants.GetParticipantAsync(new GetParticipantRequest { Name = "programmes/console-profile/participants/person-003" });
        Assert.Equal("Ada Edited", stored.DisplayName);
        Assert.Equal(["en", "fr"], stored.Languages);
        Assert.Equal(5, stored.Capacity);
        Assert.Equal("Europe/London", stored.TimeZone);
    }

    [Fact]
    public async Task Erasing_asks_for_confirmation_and_then_the_api_no_longer_knows_the_person()
    {
        using var clients = Clients.For(fixture.Gateway);
        await SampleData.WriteAsync(clients, "console-erase", participants: 3);
        await using var console = await fixture.SignedInAsync();
        var page = console.Page;
        const string name = "programmes/console-erase/participants/person-001";

        await page.GotoAsync("/programmes/console-erase/participants/person-001");
        await page.GetByRole(AriaRole.Button, new() { Name = "Erase this person" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alertdialog)).ToContainTextAsync("cannot be undone");
        await console.CheckAsync("erase-confirmation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        Assert.Equal("Mentee 1", (await clients.Participants.GetParticipantAsync(new GetParticipantRequest { Name = name })).DisplayName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Erase this person" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Erase permanently" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("person-001 was erased.");
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
        var gone = await Assert.ThrowsAsync<RpcException>(async () => await clients.Participants.GetParticipantAsync(new GetParticipantRequest { Name = name }));
        Assert.Equal(StatusCode.NotFound, gone.StatusCode);
    }
}
