using Mentoring.Testing;
namespace Mentoring.Storage.Tests;

public sealed class PostgresProviderRoundTripTests(PostgresFixture postgres) : ProviderRoundTripTests, IClassFixture<PostgresFixture>
{
    private readonly PostgresFixture _postgres = postgres;

    protected override StorageEngine Engine => StorageEngine.PostgreSql;

    protected override string ConnectionString => _postgres.ConnectionString;

    protected override SchemaComponents Components => SchemaComponents.Persistence | SchemaComponents.Clustering | SchemaComponents.Reminders;
}
