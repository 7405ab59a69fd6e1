namespace Mentoring.Storage.Participants;

/// <summary>The participants table for an engine.</summary>
public static class ParticipantTables
{
    public static IParticipantTable For(StorageEngine engine, string connectionString, string serviceId) => engine switch
    {
        StorageEngine.PostgreSql => new PostgreSqlParticipantTable(connectionString, serviceId),
        StorageEngine.Sqlite => new SqliteParticipantTable(connectionString, serviceId),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown storage engine."),
    };
}
