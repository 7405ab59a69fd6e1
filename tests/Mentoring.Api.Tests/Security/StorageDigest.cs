using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Mentoring.Api.Tests.Security;

/// <summary>
/// Every grain state row (both tables) of an embedded gateway's SQLite file, read directly: key, version (moved by every
/// write), modification time and payload size, with a hash over them all. The audit log is left out:
/// recording a refused attempt is its purpose, not a change of the data the attempt aimed at.
/// </summary>
public sealed record StorageDigest(string Hash, IReadOnlyDictionary<string, string> Rows)
{
    public static async Task<StorageDigest> OfAsync(string databaseFile)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT GrainTypeString, GrainIdExtensionString, Version, ModifiedOn, length(PayloadBinary), hex(substr(PayloadBinary, 1, 64)) FROM OrleansStorage
            WHERE GrainTypeString NOT IN ('audit-log', 'audit-segment')
            UNION ALL
            SELECT 'participant', programme_id || '/' || participant_id, version, update_time, length(payload), hex(substr(payload, 1, 64)) FROM mentoring_participants
            ORDER BY 1, 2
            """;
        var rows = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var fields = Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!)
                .ToArray();
            var key = $"{fields[0]} {fields[1]}";
            var value = string.Join(" | ", fields[2..]);
            rows[key] = value;
            var line = Encoding.UTF8.GetBytes($"{key}\0{value}\n");
            hash.AppendData(BitConverter.GetBytes(line.Length));
            hash.AppendData(line);
        }

        return new StorageDigest(Convert.ToHexString(hash.GetHashAndReset()), rows);
    }

    public bool SameAs(StorageDigest other) => Hash == other.Hash;

    /// <summary>The rows added, removed or changed since <paramref name="before"/>, one per line.</summary>
    public string ChangesSince(StorageDigest before)
    {
        var lines = new List<string>();
        foreach (var (key, value) in Rows)
        {
            if (!before.Rows.TryGetValue(key, out var old))
            {
                lines.Add($"added {key}: {value}");
            }
            else if (old != value)
            {
                lines.Add($"changed {key}: {old} -> {value}");
            }
        }

        lines.AddRange(before.Rows.Keys.Where(k => !Rows.ContainsKey(k)).Select(k => $"removed {k}"));
        return string.Join('\n', lines);
    }
}
