using System.Collections.Concurrent;
using System.Diagnostics;
using Mentoring.Storage.Participants;
using Microsoft.Data.Sqlite;

namespace Mentoring.Storage.Tests.Participants;

/// <summary>
/// Microsoft.Data.Sqlite traces nothing, so the participants table's own reads and writes on SQLite are client spans
/// after the OpenTelemetry database conventions, in the caller's trace.
/// </summary>
public sealed class SqliteParticipantSpanTests : IDisposable
{
    private const string Collection = "mentoring_participants";

    private readonly SqliteDatabase _database = new();
    private readonly ActivitySource _caller = new($"Mentoring.Storage.Tests.{Guid.NewGuid():N}");
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;

    public SqliteParticipantSpanTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source == _caller || source.Name == SqliteSpans.SourceName,
            Sample = (ref _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _caller.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task An_import_batch_and_a_read_are_sqlite_client_spans_named_by_operation_and_table()
    {
        await SchemaInstaller.ApplyAsync(StorageEngine.Sqlite, _database.ConnectionString, SchemaComponents.Persistence, CancellationToken.None);
        var table = ParticipantTables.For(StorageEngine.Sqlite, _database.ConnectionString, "svc");

        var trace = await InTraceAsync(async () =>
        {
            await table.ApplyAsync([new("p", "ada", 1, 0, [1]), new("p", "bo", 2, 0, [2])], default);
            await table.ReadManyAsync([("p", "ada")], default);
        });

        var import = Assert.Single(trace, s => s.DisplayName == $"BATCH INSERT {Collection}");
        AssertDatabaseSpan(import, "BATCH INSERT");
        Assert.Equal(2, import.GetTagItem("db.operation.batch.size"));

        var read = Assert.Single(trace, s => s.DisplayName == $"SELECT {Collection}");
        AssertDatabaseSpan(read, "SELECT");
        Assert.Null(read.GetTagItem("db.operation.batch.size"));
    }

    [Fact]
    public async Task A_batch_of_differing_changes_is_a_BATCH_span()
    {
        await SchemaInstaller.ApplyAsync(StorageEngine.Sqlite, _database.ConnectionString, SchemaComponents.Persistence, CancellationToken.None);
        var table = ParticipantTables.For(StorageEngine.Sqlite, _database.ConnectionString, "svc");
        await table.ApplyAsync([new("p", "ada", 1, 0, [1])], default);

        var trace = await InTraceAsync(() => table.ApplyAsync([new("p", "ada", 1, 1, [3]), new("p", "bo", 2, 0, [2])], default));

        var batch = Assert.Single(trace);
        Assert.Equal($"BATCH {Collection}", batch.DisplayName);
        AssertDatabaseSpan(batch, "BATCH");
    }

    [Fact]
    public async Task A_statement_that_fails_leaves_a_failed_span()
    {
        // No schema: the table does not exist.
        var table = ParticipantTables.For(StorageEngine.Sqlite, _database.ConnectionString, "svc");

        var trace = await InTraceAsync(() => Assert.ThrowsAsync<SqliteException>(() => table.ListIdsAsync("p", null, 10, default)));

        var failed = Assert.Single(trace);
        Assert.Equal(ActivityStatusCode.Error, failed.Status);
        Assert.Equal(typeof(SqliteException).FullName, failed.GetTagItem("error.type"));
    }

    private static void AssertDatabaseSpan(Activity span, string operation)
    {
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("sqlite", span.GetTagItem("db.system.name"));
        Assert.Equal(operation, span.GetTagItem("db.operation.name"));
        Assert.Equal(Collection, span.GetTagItem("db.collection.name"));
    }

    // The storage spans whose trace a caller's span started; other tests' spans on the shared source are left out.
    private async Task<List<Activity>> InTraceAsync(Func<Task> work)
    {
        ActivityTraceId traceId;
        using (var call = _caller.StartActivity("caller")!)
        {
            traceId = call.TraceId;
            await work();
        }

        return [.. _spans.Where(s => s.TraceId == traceId && s.Source.Name == SqliteSpans.SourceName)];
    }
}
