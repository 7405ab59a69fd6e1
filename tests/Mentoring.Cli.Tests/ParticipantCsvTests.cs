using Mentoring.Cli.Import;
using Mentoring.Contracts.V1;
using Mentoring.Tabular;

namespace Mentoring.Cli.Tests;

/// <summary>The documented CSV columns map to the participant; unreadable cells are reported with their line and field.</summary>
public sealed class ParticipantCsvTests
{
    [Fact]
    public void The_template_row_reads_back_into_every_field()
    {
        var template = new StringWriter();
        CsvTable.Write(template, ParticipantColumns.Header, [ParticipantColumns.Example]);
        var rows = Read(template.ToString());
        var row = Assert.Single(rows);
        Assert.Empty(row.Errors);
        Assert.Equal(2, row.Line);
        var p = row.Request!.Participant;
        Assert.Equal("bo", row.Request.ParticipantId);
        Assert.Equal("programmes/demo", row.Request.Parent);
        Assert.Equal(ParticipantRole.Mentee, p.Role);
        Assert.Equal(["mgr-1", "mgr-2"], p.ReportingLine);
        Assert.Equal(4, p.SeniorityYears);
        Assert.Equal([MeetingFormat.Online, MeetingFormat.Hybrid], p.Formats);
        Assert.Equal(2, p.Availability.Count);
        Assert.Equal(Google.Type.DayOfWeek.Thursday, p.Availability[1].Day);
        Assert.Equal(("18:30", "20:00"), (p.Availability[1].StartTime, p.Availability[1].EndTime));
        Assert.Equal([("kotlin", 5), ("negotiation", 4)], p.SkillsOffered.Select(s => (s.Term, s.Level)));
        Assert.Equal(3, p.Preferences.MaxTimeZoneDistanceHours);
        Assert.Equal(["en"], p.Preferences.RequiredLanguages);
        Assert.Equal(["ada", "grace"], p.RankedChoices);
    }

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_lines_count_from_the_file()
    {
        var rows = Read("id,role,display_name\nada,mentor,\"Lovelace, \"\"Ada\"\"\nCountess\"\nbo,mentee,Bo\n");
        Assert.Equal([2, 4], rows.Select(r => r.Line));
        Assert.Equal("Lovelace, \"Ada\"\nCountess", rows[0].Request!.Participant.DisplayName);
    }

    [Fact]
    public void Unreadable_cells_are_violations_of_their_field_and_the_row_is_not_sent()
    {
        var rows = Read("id,role,capacity,formats,availability\nx,boss,two,carrier-pigeon,SOMEDAY 9-10\n");
        var row = Assert.Single(rows);
        Assert.Null(row.Request);
        Assert.Equal(["participant.role", "participant.capacity", "participant.formats", "participant.availability"], row.Errors.Select(e => e.Field));
    }

    [Fact]
    public void An_unknown_column_is_refused_before_anything_is_sent()
    {
        var error = Assert.Throws<CliUsageException>(() => Read("id,role,shoe_size\nx,mentee,44\n"));
        Assert.Contains("unknown column \"shoe_size\"", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void The_readme_documents_every_column_the_tool_reads()
    {
        var readme = File.ReadAllText(Path.Combine(Mentoring.Testing.RepositoryPaths.Root, "README.md"));
        foreach (var column in ParticipantColumns.Header)
        {
            Assert.Contains($"| `{column}` |", readme, StringComparison.Ordinal);
        }
    }

    private static List<ImportRow> Read(string csv)
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, csv);
        try
        {
            return ImportFile.Rows(path, ImportFormat.Csv, "programmes/demo").ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
