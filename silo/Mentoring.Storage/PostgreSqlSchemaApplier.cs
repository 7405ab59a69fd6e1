using Npgsql;

namespace Mentoring.Storage;

internal static class PostgreSqlSchemaApplier
{
    // Any fixed key works; it only has to be the same for every silo of the product.
    private const long SchemaLockKey = 0x4D_45_4E_54_4F_52_31;

    public static async Task ApplyAsync(string connectionString, IReadOnlyList<SchemaScript> scripts, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // Silos starting together queue here; the lock is released by commit or rollback.
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", SchemaLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var script in scripts)
        {
            var applied = await ReadAppliedVersionAsync(connection, transaction, script.Component, cancellationToken).ConfigureAwait(false);
            if (applied >= script.Version)
            {
                continue;
            }

            await using (var apply = new NpgsqlCommand(script.Text, connection, transaction))
            {
                await apply.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var recorded = await ReadAppliedVersionAsync(connection, transaction, script.Component, cancellationToken).ConfigureAwait(false);
            if (recorded != script.Version)
            {
                throw new InvalidOperationException($"Schema script for '{script.Component}' declares version {script.Version} but recorded {recorded?.ToString() ?? "nothing"}.");
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int?> ReadAppliedVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string component, CancellationToken cancellationToken)
    {
        // Checked first because a query naming a missing table fails to plan and aborts the transaction.
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('mentoring_schema_version') IS NOT NULL", connection, transaction))
        {
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
            {
                return null;
            }
        }

        await using var command = new NpgsqlCommand("SELECT version FROM mentoring_schema_version WHERE component = @component", connection, transaction);
        command.Parameters.AddWithValue("component", component);
        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return result is int version ? version : null;
    }
}
