using Microsoft.Data.Sqlite;

namespace Mentoring.Storage;

/// <summary>The commands our own SQLite tables run: the service id bound, the busy timeout applied, parameters reused.</summary>
internal static class SqliteCommands
{
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string serviceId, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.CommandTimeout = SqliteSchemaApplier.BusyTimeoutMilliseconds / 1000;
        command.Parameters.AddWithValue("@s", serviceId);
        return command;
    }

    /// <summary>Sets a parameter, adding it on first use, so one command runs for many rows.</summary>
    public static void Set(SqliteCommand command, string name, object? value)
    {
        if (command.Parameters.Contains(name))
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }
        else
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }
}
