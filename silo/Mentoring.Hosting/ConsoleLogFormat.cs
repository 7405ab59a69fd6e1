using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Console;

namespace Mentoring.Hosting;

/// <summary>
/// The console log of every host process: readable text in Development, one JSON object per line elsewhere (for log
/// collectors). The standard <c>Logging:Console:FormatterName</c> and <c>Logging:Console:FormatterOptions</c> override it.
/// </summary>
public static class ConsoleLogFormat
{
    public const string FormatterNameKey = "Logging:Console:FormatterName";

    public const string FormatterOptionsSection = "Logging:Console:FormatterOptions";

    public static IHostApplicationBuilder AddMentoringConsoleLog(this IHostApplicationBuilder builder)
    {
        var formatter = FormatterFor(builder.Environment);
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.FormatterName ??= formatter);

        // Our defaults first, then the configured formatter options again, so that configuration still wins.
        var configured = builder.Configuration.GetSection(FormatterOptionsSection);
        builder.Services.Configure<JsonConsoleFormatterOptions>(json =>
        {
            json.IncludeScopes = true;
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        builder.Services.Configure<JsonConsoleFormatterOptions>(configured);
        builder.Services.Configure<SimpleConsoleFormatterOptions>(simple =>
        {
            simple.IncludeScopes = true;
            simple.TimestampFormat = "HH:mm:ss.fff ";
        });
        builder.Services.Configure<SimpleConsoleFormatterOptions>(configured);
        return builder;
    }

    /// <summary>The formatter used when <c>Logging:Console:FormatterName</c> is not set.</summary>
    public static string FormatterFor(IHostEnvironment environment) =>
        environment.IsDevelopment() ? ConsoleFormatterNames.Simple : ConsoleFormatterNames.Json;
}
