using Microsoft.Data.Sqlite;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>Reads a gateway's SQLite grain storage file (Orleans storage and participants tables) directly, bypassing the service, to prove what is (not) stored.</summary>
public static class SqliteRows
{
    /// <summary>Rows ("state key") whose key or payload holds <paramref name="text"/> as UTF-8, leaving out the states in <paramref name="except"/>.</summary>
    public static async Task<List<string>> ContainingAsync(string database, string text, string[]? except = null)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        var found = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT GrainTypeString, GrainIdExtensionString, PayloadBinary FROM OrleansStorage
            UNION ALL
            SELECT 'mentoring_participants', 'programmes/' || programme_id || '/participants/' || participant_id, payload FROM mentoring_participants
            """;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var type = reader.GetString(0);
            var key = reader.IsDBNull(1) ? "" : reader.GetString(1);
            var payload = reader.IsDBNull(2) ? [] : (byte[])reader.GetValue(2);
            if (!(except ?? []).Contains(type) && (key.Contains(text, StringComparison.Ordinal) || payload.AsSpan().IndexOf(needle) >= 0))
            {
                found.Add($"{type} {key}");
            }
        }

        return found;
    }
}
