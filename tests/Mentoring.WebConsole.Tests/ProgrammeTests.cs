using Mentoring.Contracts.V1;
using Mentoring.WebConsole.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.WebConsole.Tests;

/// <summary>Programmes made in the console are the API's programmes: the same settings come back over gRPC.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ProgrammeTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task A_programme_created_in_the_console_has_its_taxonomy_weights_hard_rules_and_end_time_in_the_api()
    {
        await using var console = await fixture.SignedInAsync(timeZone: "Europe/Berlin");
        var page = console.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "New programme" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New programme" })).ToBeVisibleAsync();
        await page.GetByLabel("Programme id").FillAsync("console-create");
        await page.GetByLabel("Display name").FillAsync("Made in the console");
        await page.GetByLabel("Taxonomy").FillAsync("kotlin, leadership");
        await page.GetByLabel("Skills", new() { Exact = true }).FillAsync("8");
        await page.GetByLabel("Minimum overlap (hours per week)").FillAsync("2");
        await page.GetByLabel("Maximum time-zone distance (hours)").FillAsync("6");
        await page.GetByLabel("Minimum score").FillAsync("0.3");
        await page.GetByLabel("End time").FillAsync("2027-06-30T17:00");
        await console.CheckAsync("programme-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Made in the console", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("kotlin, leadership")).ToBeVisibleAsync();
        await console.CheckAsync("programme-detail");
        using var channel = fixture.Gateway.CreateChannel();
        var stored = await new ProgrammeService.ProgrammeServiceClient(channel).GetProgrammeAsync(new GetProgrammeRequest { Name = "programmes/console-create" });
        Assert.Equal(["kotlin", "leadership"], stored.Taxonomy);
        Assert.Equal(8, stored.Policy.Weights.Skills);
        Assert.Equal(2, stored.Policy.Weights.Goals);
        Assert.Equal(2, stored.Policy.MinimumOverlapHours);
        Assert.Equal(6, stored.Policy.MaxTimeZoneDistanceHours);
        Assert.Equal(0.3, stored.Policy.MinimumScore, 6);
        Assert.Equal(new DateTime(2027, 6, 30, 15, 0, 0, DateTimeKind.Utc), stored.EndTime.ToDateTime());
    }

    [Fact]
    public async Task Editing_a_programme_changes_what_the_form_edits_and_keeps_the_rest_of_its_policy()
    {
        using var channel = fixture.Gateway.CreateChannel();
        var programmes = new ProgrammeService.ProgrammeServiceClient(channel);
        var original = Mentoring.Api.Tests.Infrastructure.Builders.Programme("To be edited");
        original.Policy = new MatchingPolicy { Solver = SolverMode.StableMenteeProposing, Weights = new ScoreWeights { Skills = 3 } };
        original.EndTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(new DateTime(2027, 1, 15, 11, 30, 0, DateTimeKind.Utc));
        await programmes.CreateProgrammeAsync(new CreateProgrammeRequest { ProgrammeId = "console-edit", Programme = original });
        await using var console = await fixture.SignedInAsync(timeZone: "Europe/Berlin");
        var page = console.Page;

        await page.GotoAsync("/programmes/console-edit");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit settings" }).ClickAsync();
        await Expect(page.GetByLabel("End time")).ToHaveValueAsync("2027-01-15T12:30");
        await Expect(page.GetByLabel("Skills", new() { Exact = true })).ToHaveValueAsync("3");
        await page.GetByLabel("Taxonomy").FillAsync("kotlin, sql");
        await page.GetByLabel("Goals").FillAsync("5");
        await page.GetByLabel("Maximum time-zone distance (hours)").FillAsync("3");
        await console.CheckAsync("programme-edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByText("kotlin, sql")).ToBeVisibleAsync();
        var stored = await programmes.GetProgrammeAsync(new GetProgrammeRequest { Name = "programmes/console-edit" });
        Assert.Equal(["kotlin", "sql"], stored.Taxonomy);
        Assert.Equal(5, stored.Policy.Weights.Goals);
        Assert.Equal(3, stored.Policy.Weights.Skills);
        Assert.Equal(3, stored.Policy.MaxTimeZoneDistanceHours);
        Assert.Equal(SolverMode.StableMenteeProposing, stored.Policy.Solver);
        Assert.Equal(original.EndTime, stored.EndTime);
    }

    [Fact]
    public async Task A_programme_the_api_refuses_shows_the_field_violations_on_the_form()
    {
        await using var console = await fixture.SignedInAsync();
        var page = console.Page;
        await page.GotoAsync("/programmes/new");

        await page.GetByLabel("Programme id").FillAsync("console-refused");
        await page.GetByLabel("Taxonomy").FillAsync("kotlin");
        foreach (var slider in await page.Locator("input[type=range]").AllAsync())
        {
            await slider.FillAsync("0");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("at least one weight must be positive");
        await console.CheckAsync("programme-refused");
    }
}
