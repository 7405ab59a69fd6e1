using Microsoft.Data.Sqlite;

namespace Mentoring.Storage;

internal static class SqliteSchemaApplier
{
    /// <summary>How long a connection waits for another writer before failing with SQLITE_BUSY.</summary>
    internal const int BusyTimeoutMilliseconds = 30_000;

    public static async Task ApplyAsync(string connectionString, IReadOnlyList<SchemaScript> scripts, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        EnsureDirectoryExists(builder);

        await using var connection = new SqliteConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

        // WAL lets grain reads proceed while another connection writes, and it is stored in
        // the database file, so the provider's own connections inherit it. It cannot be
        // switched inside a transaction, hence before BEGIN.
        await ExecuteAsync(connection, null, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};", cancellationToken).ConfigureAwait(false);
        if (!IsInMemory(builder))
        {
            await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
        }

        // BEGIN IMMEDIATE takes the write lock up front, so two processes cannot both
        // decide a script is missing and run it.
        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var script in scripts)
        {
            var applied = await ReadAppliedVersionAsync(connection, transaction, script.Component, cancellationToken).ConfigureAwait(false);
            if (applied >= script.Version)
            {
                continue;
            }

            await ExecuteAsync(connection, transaction, script.Text, cancellationToken).ConfigureAwait(false);

            var recorded = await ReadAppliedVersionAsync(connection, transaction, script.Component, cancellationToken).ConfigureAwait(false);
            if (recorded != script.Version)
            {
                throw new InvalidOperationException($"Schema script for '{script.Component}' declares version {script.Version} but recorded {recorded?.ToString() ?? "nothing"}.");
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static bool IsInMemory(SqliteConnectionStringBuilder builder) =>
        builder.Mode == SqliteOpenMode.Memory
        || string.IsNullOrEmpty(builder.DataSource)
        || string.Equals(builder.DataSource, ":memory:", StringComparison.OrdinalIgnoreCase);

    private static void EnsureDirectoryExists(SqliteConnectionStringBuilder builder)
    {
        if (IsInMemory(builder) || builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int?> ReadAppliedVersionAsync(SqliteConnection connection, SqliteTransaction transaction, string component, CancellationToken cancellationToken)
    {
        await using var exists = connection.CreateCommand();
        exists.Transaction = transaction;
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'mentoring_schema_version'";
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return null;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM mentoring_schema_version WHERE component = @component";
        command.Parameters.AddWithValue("@component", component);
        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return result is long version ? (int)version : null;
    }
}
