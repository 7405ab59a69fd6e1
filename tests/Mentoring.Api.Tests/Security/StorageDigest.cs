using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Mentoring.Api.Tests.Security;

/// <summary>
/// A hash of every grain state row (both tables) in an embedded gateway's SQLite file, read directly: key, version (moved by every
/// write), modification time and payload size. The audit log is left out:
/// recording a refused attempt is its purpose, not a change of the data the attempt aimed at.
/// </summary>
public static class StorageDigest
{
    public static async Task<string> OfAsync(string databaseFile)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT GrainTypeString, GrainIdExtensionString, Version, ModifiedOn, length(PayloadBinary), substr(PayloadBinary, 1, 64) FROM OrleansStorage
            WHERE GrainTypeString NOT IN ('audit-log', 'audit-segment')
            UNION ALL
            SELECT 'participant', programme_id || '/' || participant_id, version, update_time, length(payload), substr(payload, 1, 64) FROM mentoring_participants
            ORDER BY 1, 2
            """;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? [] : reader.GetValue(i) is byte[] bytes ? bytes : System.Text.Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!);
                hash.AppendData(BitConverter.GetBytes(value.Length));
                hash.AppendData(value);
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
