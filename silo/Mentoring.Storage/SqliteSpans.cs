using System.Diagnostics;

namespace Mentoring.Storage;

/// <summary>
/// Client spans for the SQL we run on SQLite ourselves, which Microsoft.Data.Sqlite does not trace (Npgsql does, on
/// PostgreSQL), named and tagged after the OpenTelemetry database conventions.
/// </summary>
public static class SqliteSpans
{
    public const string SourceName = "Mentoring.Storage";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>
    /// A span for <paramref name="operations"/> statements on one collection: one is a plain operation, more are a
    /// batch (<paramref name="operation"/> null when they differ). Null when nobody listens.
    /// </summary>
    internal static Activity? Start(string? operation, string collection, int operations = 1)
    {
        var batch = operations != 1;
        var name = !batch ? operation ?? "BATCH" : operation is null ? "BATCH" : $"BATCH {operation}";
        var span = Source.StartActivity($"{name} {collection}", ActivityKind.Client);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag("db.system.name", "sqlite");
            span.SetTag("db.operation.name", name);
            span.SetTag("db.collection.name", collection);
            if (batch)
            {
                span.SetTag("db.operation.batch.size", operations);
            }
        }

        return span;
    }

    /// <summary>Runs <paramref name="statements"/> inside a <see cref="Start"/> span, marked failed if they throw.</summary>
    public static async Task<T> TraceAsync<T>(string? operation, string collection, Func<Task<T>> statements, int operations = 1)
    {
        using var span = Start(operation, collection, operations);
        try
        {
            return await statements();
        }
        catch (Exception exception) when (Failed(span, exception))
        {
            throw;
        }
    }

    // False, so that it sits in an exception filter that records and never catches.
    private static bool Failed(Activity? span, Exception exception)
    {
        span?.SetStatus(ActivityStatusCode.Error, exception.Message);
        span?.SetTag("error.type", exception.GetType().FullName);
        return false;
    }
}
