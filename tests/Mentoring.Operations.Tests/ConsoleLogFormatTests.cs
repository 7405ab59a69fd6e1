using System.Text.Json;
using Mentoring.Hosting;
using Mentoring.Operations.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mentoring.Operations.Tests;

/// <summary>
/// Every host's console log is readable text in Development and JSON lines elsewhere, unless the standard
/// Logging:Console:FormatterName says otherwise; shown on what the console logger actually writes.
/// </summary>
public sealed class ConsoleLogFormatTests
{
    private const string Category = "Mentoring.ConsoleLogFormatTests";

    [Fact]
    public void Development_writes_readable_text()
    {
        var output = LogOneLine("Development", "a line for people");

        Assert.Contains($"{Category}[0]", output, StringComparison.Ordinal);
        Assert.Contains("a line for people", output, StringComparison.Ordinal);
        Assert.DoesNotContain("{", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Other_environments_write_one_JSON_object_per_line_with_a_UTC_timestamp(string environment)
    {
        var output = LogOneLine(environment, "a line for collectors");

        using var line = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single(l => l.Contains(Category, StringComparison.Ordinal)));
        Assert.Equal("a line for collectors", line.RootElement.GetProperty("Message").GetString());
        Assert.Equal(Category, line.RootElement.GetProperty("Category").GetString());
        Assert.EndsWith("Z", line.RootElement.GetProperty("Timestamp").GetString(), StringComparison.Ordinal);
        Assert.True(line.RootElement.TryGetProperty("Scopes", out _));
    }

    [Fact]
    public void The_standard_FormatterName_key_overrides_the_environments_choice()
    {
        var text = LogOneLine("Production", "asked for text", new() { [ConsoleLogFormat.FormatterNameKey] = "simple" });
        var json = LogOneLine("Development", "asked for json", new() { [ConsoleLogFormat.FormatterNameKey] = "json" });

        Assert.Contains($"{Category}[0]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.StartsWith("{", json.TrimStart(), StringComparison.Ordinal);
    }

    private static string LogOneLine(string environment, string message, Dictionary<string, string?>? settings = null)
    {
        using var console = new ConsoleCapture();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = environment,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.AddMentoringConsoleLog();
        using (var host = builder.Build())
        {
            host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category).LogWarning(message);
        }

        // Disposing the host drains the console logger's queue.
        return console.Text;
    }
}
