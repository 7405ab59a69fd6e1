using Mentoring.Testing;

namespace Mentoring.Storage.Tests.Events;

public sealed class PostgresProgrammeEventTableTests(PostgresFixture postgres) : ProgrammeEventTableTests, IClassFixture<PostgresFixture>
{
    protected override StorageEngine Engine => StorageEngine.PostgreSql;

    protected override string ConnectionString => postgres.ConnectionString;
}
