using System.Data.Common;
using Mentoring.Hosting;
using Mentoring.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Mentoring.Grains.Tests.Support;

/// <summary>
/// Reads grain state directly, bypassing the grains: the Orleans grain storage table, and the participants table for the
/// participant grain's state ("participant").
/// </summary>
public sealed class StorageTable(StorageConnection storage, string serviceId)
{
    public async Task<long> CountRowsAsync(string grainKey, string stateName)
    {
        var result = await ScalarAsync(
            "SELECT count(*) FROM OrleansStorage WHERE GrainIdExtensionString = @key AND GrainTypeString = @type AND ServiceId = @service",
            grainKey,
            stateName);
        return Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The size in bytes of a row's serialised state, or null when there is no row.</summary>
    public async Task<long?> PayloadBytesAsync(string grainKey, string stateName)
    {
        var result = await ScalarAsync(
            "SELECT length(PayloadBinary) FROM OrleansStorage WHERE GrainIdExtensionString = @key AND GrainTypeString = @type AND ServiceId = @service",
            grainKey,
            stateName);
        return result is null or DBNull ? null : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The stored version of a row, or null when there is no row; it moves on every write that reaches the database.</summary>
    public async Task<long?> VersionAsync(string grainKey, string stateName)
    {
        var result = await ScalarAsync(
            "SELECT Version FROM OrleansStorage WHERE GrainIdExtensionString = @key AND GrainTypeString = @type AND ServiceId = @service",
            grainKey,
            stateName);
        return result is null or DBNull ? null : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Rows of the reminder table for the grain whose key is <paramref name="grainKey"/> and the reminder name.</summary>
    public async Task<long> CountRemindersAsync(string grainKey, string reminderName)
    {
        var result = await ScalarAsync(
            "SELECT count(*) FROM OrleansRemindersTable WHERE GrainId LIKE @key AND ReminderName = @type AND ServiceId = @service",
            "%/" + grainKey,
            reminderName);
        return Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// "state key" of every row of the service whose key or payload holds <paramref name="text"/> (as UTF-8); with
    /// <paramref name="within"/>, only rows whose key holds that too (one programme's rows, when ids repeat across programmes).
    /// </summary>
    public async Task<List<string>> RowsContainingAsync(string text, string? within = null)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        var found = new List<string>();
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT GrainTypeString, GrainIdExtensionString, PayloadBinary FROM OrleansStorage WHERE ServiceId = @service
            UNION ALL
            SELECT 'mentoring_participants', 'programmes/' || programme_id || '/participants/' || participant_id, payload FROM mentoring_participants WHERE service_id = @service
            """;
        AddParameter(command, "@service", serviceId);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var key = reader.IsDBNull(1) ? "" : reader.GetString(1);
            var payload = reader.IsDBNull(2) ? [] : (byte[])reader.GetValue(2);
            if ((within is null || key.Contains(within, StringComparison.Ordinal))
                && (key.Contains(text, StringComparison.Ordinal) || payload.AsSpan().IndexOf(needle) >= 0))
            {
                found.Add($"{reader.GetString(0)} {key}");
            }
        }

        return found;
    }

    /// <summary>Rows of the participants table for the programme, erasures in progress included.</summary>
    public async Task<long> CountParticipantRowsAsync(string programmeId)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM mentoring_participants WHERE service_id = @service AND programme_id = @programme";
        AddParameter(command, "@service", serviceId);
        AddParameter(command, "@programme", programmeId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<object?> ScalarAsync(string sql, string grainKey, string stateName)
    {
        if (stateName == StorageNames.ParticipantState)
        {
            return await ParticipantScalarAsync(sql, grainKey);
        }

        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        AddParameter(command, "@key", grainKey);
        AddParameter(command, "@type", stateName);
        AddParameter(command, "@service", serviceId);
        return await command.ExecuteScalarAsync();
    }

    // The same question of the participants table: one row per participant, keyed by programme and participant id.
    private async Task<object?> ParticipantScalarAsync(string sql, string grainKey)
    {
        var parts = grainKey.Split('/');
        var column = sql.Contains("count(*)", StringComparison.Ordinal) ? "count(*)" : sql.Contains("length(", StringComparison.Ordinal) ? "length(payload)" : "version";
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {column} FROM mentoring_participants WHERE service_id = @service AND programme_id = @programme AND participant_id = @id";
        AddParameter(command, "@service", serviceId);
        AddParameter(command, "@programme", parts[1]);
        AddParameter(command, "@id", parts[3]);
        return await command.ExecuteScalarAsync();
    }

    private DbConnection Open() => storage.Engine switch
    {
        StorageEngine.PostgreSql => new NpgsqlConnection(storage.ConnectionString),
        StorageEngine.Sqlite => new SqliteConnection(storage.ConnectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(storage), storage.Engine, "Unknown storage engine."),
    };

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
