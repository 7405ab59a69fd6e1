using Mentoring.Testing;

namespace Mentoring.Storage.Tests.Participants;

public sealed class PostgresParticipantTableTests(PostgresFixture postgres) : ParticipantTableTests, IClassFixture<PostgresFixture>
{
    protected override StorageEngine Engine => StorageEngine.PostgreSql;

    protected override string ConnectionString => postgres.ConnectionString;
}
