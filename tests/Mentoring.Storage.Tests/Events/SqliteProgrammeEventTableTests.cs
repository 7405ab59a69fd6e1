namespace Mentoring.Storage.Tests.Events;

public sealed class SqliteProgrammeEventTableTests : ProgrammeEventTableTests, IDisposable
{
    private readonly SqliteDatabase _database = new();

    protected override StorageEngine Engine => StorageEngine.Sqlite;

    protected override string ConnectionString => _database.ConnectionString;

    public void Dispose() => _database.Dispose();
}
