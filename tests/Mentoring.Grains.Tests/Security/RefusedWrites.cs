using Mentoring.Grains.Tests.Support;
using Npgsql;

namespace Mentoring.Grains.Tests.Security;

/// <summary>PostgreSQL refuses every write to one grain's rows until disposed, as if storage failed for that grain alone.</summary>
public sealed class RefusedWrites : IAsyncDisposable
{
    private readonly MentoringTestCluster _cluster;
    private readonly string _name = $"test_refuse_{Guid.NewGuid():N}";

    private RefusedWrites(MentoringTestCluster cluster) => _cluster = cluster;

    public static async Task<RefusedWrites> ForKeyAsync(MentoringTestCluster cluster, string grainKey)
    {
        var refusal = new RefusedWrites(cluster);
        await refusal.ExecuteAsync(
            $"""
            CREATE FUNCTION {refusal._name}() RETURNS trigger AS $$
            BEGIN RAISE EXCEPTION 'storage unavailable (injected by the test)'; END $$ LANGUAGE plpgsql;
            CREATE TRIGGER {refusal._name} BEFORE INSERT OR UPDATE ON orleansstorage
                FOR EACH ROW WHEN (NEW.grainidextensionstring = '{grainKey.Replace("'", "''", StringComparison.Ordinal)}') EXECUTE FUNCTION {refusal._name}();
            """);
        return refusal;
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync($"DROP TRIGGER {_name} ON orleansstorage; DROP FUNCTION {_name}();");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_cluster.Storage.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
