namespace Mentoring.Storage.Events;

/// <summary>The event log table for an engine.</summary>
public static class ProgrammeEventTables
{
    public static IProgrammeEventTable For(StorageEngine engine, string connectionString, string serviceId) => engine switch
    {
        StorageEngine.PostgreSql => new PostgreSqlProgrammeEventTable(connectionString, serviceId),
        StorageEngine.Sqlite => new SqliteProgrammeEventTable(connectionString, serviceId),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown storage engine."),
    };
}
