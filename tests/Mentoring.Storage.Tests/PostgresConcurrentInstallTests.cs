using Mentoring.Testing;
namespace Mentoring.Storage.Tests;

/// <summary>Two silos starting at once on an empty database: the advisory lock must serialise them.</summary>
public sealed class PostgresConcurrentInstallTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private readonly PostgresFixture _postgres = postgres;

    [Fact]
    public async Task Concurrent_installers_on_an_empty_database_both_succeed()
    {
        const SchemaComponents all = SchemaComponents.Persistence | SchemaComponents.Clustering | SchemaComponents.Reminders;

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => SchemaInstaller.ApplyAsync(StorageEngine.PostgreSql, _postgres.ConnectionString, all, CancellationToken.None))));

        Assert.Equal(6, (await Database.SchemaVersionsAsync(StorageEngine.PostgreSql, _postgres.ConnectionString)).Count);
    }
}
