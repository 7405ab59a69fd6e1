using Mentoring.Contracts.V1;
using Mentoring.WebConsole.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.WebConsole.Tests;

/// <summary>Language and time: German on request, dates in the browser's own time zone.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class LocalisationTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task Choosing_Deutsch_shows_the_console_in_German_from_then_on()
    {
        await using var console = await fixture.SignedInAsync(locale: "en-GB");
        var page = console.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "Deutsch" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Programme", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Neues Programm" })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await console.CheckAsync("programmes-de");
        await page.GotoAsync("/programmes/new");
        await Expect(page.GetByLabel("Größter Zeitzonenabstand (Stunden)")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New programme", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Dates_are_shown_in_the_browsers_time_zone()
    {
        using var channel = fixture.Gateway.CreateChannel();
        var programme = Mentoring.Api.Tests.Infrastructure.Builders.Programme("Ends in Tokyo's evening");
        programme.EndTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(new DateTime(2027, 1, 15, 11, 30, 0, DateTimeKind.Utc));
        await new ProgrammeService.ProgrammeServiceClient(channel).CreateProgrammeAsync(new CreateProgrammeRequest { ProgrammeId = "console-tokyo", Programme = programme });
        await using var console = await fixture.SignedInAsync(locale: "en-GB", timeZone: "Asia/Tokyo");

        await console.Page.GotoAsync("/programmes/console-tokyo");

        var end = console.Page.Locator("time[datetime^='2027-01-15T11:30']");
        await Expect(end).ToHaveTextAsync("15/01/2027 20:30");
        await Expect(end).ToHaveAttributeAsync("title", "Asia/Tokyo");
    }
}
