using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Tabular;
using Mentoring.Tabular.Tests;
using Mentoring.WebConsole.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.WebConsole.Tests;

/// <summary>Uploading participant files (CSV as German Excel saves it, XLSX) on the import page, through ImportParticipants.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ImportTests(ConsoleFixture fixture)
{
    private const string FileLabel = "Participant file (CSV or XLSX)";

    [Fact]
    public async Task A_semicolon_csv_from_german_excel_writes_its_good_rows_and_lists_the_refused_ones_by_line_with_a_download()
    {
        using var clients = Clients.For(fixture.Gateway);
        await clients.CreateProgrammeAsync("console-import-csv");
        await using var console = await fixture.SignedInAsync();
        var page = console.Page;

        // Excel's plain "CSV" in Germany: ';' between cells, Windows-1252, CRLF and a trailing row of empty cells.
        var csv = TextEncodings.WindowsWestern.GetBytes(string.Join("\r\n",
            "id;role;display_name;languages;time_zone;capacity",
            "m-1;mentor;Jürgen Müller;de;Europe/Berlin;2",
            "e-1;mentee;Zoë Weiß;de;Europe/Berlin;",
            "e-2;mentee;Falsche Sprache;Englisch;Europe/Berlin;",
            "e-3;mentee;Falsche Zone;de;Berlin;",
            "e-4;mentee;Anna Schmidt;de;Europe/Vienna;",
            ";;;;;",
            ""));
        await page.GotoAsync("/programmes/console-import-csv/import");
        await ChooseAsync(page, new FilePayload { Name = "teilnehmende.csv", MimeType = "text/csv", Buffer = csv });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import file" }).ClickAsync();

        await Expect(page.Locator("#import-summary")).ToContainTextAsync("Rows read: 5 (created 3, updated 0, unchanged 0, refused 2).");
        var errors = page.Locator("#row-errors tbody tr");
        await Expect(errors).ToHaveCountAsync(2);
        await Expect(errors.Nth(0).Locator("td").Nth(0)).ToHaveTextAsync("4");
        await Expect(errors.Nth(0).Locator("td").Nth(1)).ToHaveTextAsync("e-2");
        await Expect(errors.Nth(0).Locator("td").Nth(2)).ToHaveTextAsync("languages");
        await Expect(errors.Nth(1).Locator("td").Nth(0)).ToHaveTextAsync("5");
        await Expect(errors.Nth(1).Locator("td").Nth(2)).ToHaveTextAsync("time_zone");
        await console.CheckAsync("import-refused-rows");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the errors (CSV)" }).ClickAsync());
        Assert.Equal("teilnehmende.errors.csv", download.SuggestedFilename);
        await using (var saved = File.OpenRead(await download.PathAsync()))
        {
            var records = CsvTable.Read(saved).Select(r => r.Cells).ToList();
            Assert.Equal(RowErrorTable.Header, records[0]);
            Assert.Equal(["4", "e-2", "InvalidArgument"], records[1].Take(3));
            Assert.StartsWith("participant.languages", records[1][3]);
            Assert.Equal(["5", "e-3", "InvalidArgument"], records[2].Take(3));
            Assert.StartsWith("participant.time_zone", records[2][3]);
            Assert.Equal(3, records.Count);
        }

        var stored = await clients.ListAllParticipantsAsync("programmes/console-import-csv");
        Assert.Equal(["e-1", "e-4", "m-1"], stored.Select(p => p.Name.Split('/')[^1]).Order(StringComparer.Ordinal));
        Assert.Equal("Jürgen Müller", stored.Single(p => p.Name.EndsWith("/m-1", StringComparison.Ordinal)).DisplayName);
        Assert.Equal("Zoë Weiß", stored.Single(p => p.Name.EndsWith("/e-1", StringComparison.Ordinal)).DisplayName);
    }

    [Fact]
    public async Task A_file_with_an_unreadable_row_or_a_missing_column_writes_nothing_and_says_where()
    {
        using var clients = Clients.For(fixture.Gateway);
        await clients.CreateProgrammeAsync("console-import-kept-back");
        await using var console = await fixture.SignedInAsync();
        var page = console.Page;
        await page.GotoAsync("/programmes/console-import-kept-back/import");

        var unreadable = System.Text.Encoding.UTF8.GetBytes("id,role,display_name,capacity\nm-1,mentor,Ada,zwei\ne-1,mentee,Bo,\n");
        await ChooseAsync(page, new FilePayload { Name = "people.csv", MimeType = "text/csv", Buffer = unreadable });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import file" }).ClickAsync();
        await Expect(page.GetByText("Some rows cannot be read, so no row was written.")).ToBeVisibleAsync();
        var error = page.Locator("#row-errors tbody tr");
        await Expect(error).ToHaveCountAsync(1);
        await Expect(error.Locator("td").Nth(0)).ToHaveTextAsync("2");
        await Expect(error.Locator("td").Nth(2)).ToHaveTextAsync("capacity");
        await Expect(error.Locator("td").Nth(3)).ToContainTextAsync("\"zwei\" is not a whole number");

        // Each row would name the missing column; the file says it once.
        var noRole = System.Text.Encoding.UTF8.GetBytes("id,display_name\nm-1,Ada\ne-1,Bo\ne-2,Cy\n");
        await ChooseAsync(page, new FilePayload { Name = "people.csv", MimeType = "text/csv", Buffer = noRole });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import file" }).ClickAsync();
        await Expect(page.Locator("#file-errors li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#file-errors li")).ToContainTextAsync("\"role\"");
        await Expect(page.Locator("#row-errors")).ToHaveCountAsync(0);
        await console.CheckAsync("import-file-error");

        Assert.Empty(await clients.ListAllParticipantsAsync("programmes/console-import-kept-back"));
    }

    [Fact]
    public async Task A_file_over_the_configured_size_limit_is_refused_before_it_is_read()
    {
        using var clients = Clients.For(fixture.Gateway);
        await clients.CreateProgrammeAsync("console-import-too-large");
        await using var console = await fixture.SignedInAsync();
        var page = console.Page;
        var rows = Enumerable.Range(0, 5000).Select(i => $"p-{i:D5},mentee,Person number {i} with a long enough name,en,Europe/Berlin,");
        var large = System.Text.Encoding.UTF8.GetBytes(string.Join("\n", ["id,role,display_name,languages,time_zone,capacity", .. rows]));
        Assert.True(large.Length > ConsoleFixture.MaxUploadBytes);

        await page.GotoAsync("/programmes/console-import-too-large/import");
        await ChooseAsync(page, new FilePayload { Name = "people.csv", MimeType = "text/csv", Buffer = large });

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The file is too large; the largest file accepted is 256 KB.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Import file" })).ToBeDisabledAsync();
        Assert.Empty(await clients.ListAllParticipantsAsync("programmes/console-import-too-large"));
    }

    [Fact]
    public async Task An_xlsx_workbook_imports_its_participants()
    {
        using var clients = Clients.For(fixture.Gateway);
        await clients.CreateProgrammeAsync("console-import-xlsx");
        await using var console = await fixture.SignedInAsync();
        var page = console.Page;
        using var workbook = ExcelFiles.Workbook(
            (1, ["id", "role", "display_name", "languages", "time_zone", "capacity"]),
            (2, ["ada", "mentor", "Ada Lovelace", "en", "Europe/London", 2]),
            (3, ["bo", "mentee", "Bo Jensen", "en;de", "Europe/Berlin", null]));

        await page.GotoAsync("/programmes/console-import-xlsx/import");
        await ChooseAsync(page, new FilePayload
        {
            Name = "people.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = workbook.ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import file" }).ClickAsync();

        await Expect(page.Locator("#import-summary")).ToContainTextAsync("Rows read: 2 (created 2, updated 0, unchanged 0, refused 0).");
        await Expect(page.Locator("#row-errors")).ToHaveCountAsync(0);
        var stored = (await clients.ListAllParticipantsAsync("programmes/console-import-xlsx")).ToDictionary(p => p.Name.Split('/')[^1]);
        Assert.Equal(["ada", "bo"], stored.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, stored["ada"].Capacity);
        Assert.Equal(["en", "de"], stored["bo"].Languages);
        await page.GotoAsync("/programmes/console-import-xlsx/participants");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Bo Jensen" })).ToBeVisibleAsync();
    }

    // The picker is enabled once it listens for a chosen file (see Import.razor); a file set before then would be lost.
    private static async Task ChooseAsync(IPage page, FilePayload file)
    {
        var picker = page.GetByLabel(FileLabel);
        await Expect(picker).ToBeEnabledAsync();
        await picker.SetInputFilesAsync(file);
    }
}
