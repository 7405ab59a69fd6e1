using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mentoring.LoadTests.Reports;

/// <summary>Writes a run's report as report.json and report.md in the run's folder.</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static (string Json, string Markdown) Write(RunReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var json = Path.Combine(directory, "report.json");
        var markdown = Path.Combine(directory, "report.md");
        File.WriteAllText(json, JsonSerializer.Serialize(report, Json));
        File.WriteAllText(markdown, MarkdownReport.Render(report));
        return (json, markdown);
    }
}
