using Mentoring.Testing;
namespace Mentoring.Storage.Tests;

public sealed class PostgresSchemaInstallerTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const SchemaComponents All = SchemaComponents.Persistence | SchemaComponents.Clustering | SchemaComponents.Reminders;

    private readonly PostgresFixture _postgres = postgres;

    [Fact]
    public async Task Applying_twice_succeeds_and_records_versions()
    {
        await SchemaInstaller.ApplyAsync(StorageEngine.PostgreSql, _postgres.ConnectionString, All, CancellationToken.None);
        await SchemaInstaller.ApplyAsync(StorageEngine.PostgreSql, _postgres.ConnectionString, All, CancellationToken.None);

        var versions = await Database.SchemaVersionsAsync(StorageEngine.PostgreSql, _postgres.ConnectionString);
        Assert.Equal(1, versions["main"]);
        Assert.Equal(1, versions["persistence"]);
        Assert.Equal(1, versions["clustering"]);
        Assert.Equal(1, versions["reminders"]);
    }

    [Fact]
    public async Task Every_query_key_the_providers_load_is_present()
    {
        await SchemaInstaller.ApplyAsync(StorageEngine.PostgreSql, _postgres.ConnectionString, All, CancellationToken.None);

        var keys = await Database.QueryKeysAsync(StorageEngine.PostgreSql, _postgres.ConnectionString);
        Assert.All(RequiredQueryKeys.Persistence, key => Assert.Contains(key, keys));
        Assert.All(RequiredQueryKeys.Clustering, key => Assert.Contains(key, keys));
        Assert.All(RequiredQueryKeys.Reminders, key => Assert.Contains(key, keys));
    }

    [Fact]
    public async Task Raw_scripts_are_idempotent_when_run_by_hand()
    {
        foreach (var name in new[] { "Main", "Persistence", "Participants", "Events", "Clustering", "Reminders", "Main", "Persistence", "Participants", "Events", "Clustering", "Reminders" })
        {
            await Database.ExecuteAsync(StorageEngine.PostgreSql, _postgres.ConnectionString, SchemaScripts.Load("PostgreSql", name).Text);
        }

        Assert.Equal(6, (await Database.SchemaVersionsAsync(StorageEngine.PostgreSql, _postgres.ConnectionString)).Count);
    }
}
