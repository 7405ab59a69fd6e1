using Mentoring.Testing;
using Npgsql;

namespace Mentoring.Storage.Tests;

/// <summary>A test database is gone after its fixture, whatever sessions of the test were still open in it.</summary>
public sealed class PostgresFixtureTests
{
    [Fact]
    public async Task The_database_is_dropped_with_a_session_of_the_test_still_open_in_it()
    {
        var fixture = new PostgresFixture();
        await fixture.InitializeAsync();
        var name = new NpgsqlConnectionStringBuilder(fixture.ConnectionString).Database!;
        var unpooled = new NpgsqlConnectionStringBuilder(fixture.ConnectionString) { Pooling = false }.ConnectionString;
        await using var open = new NpgsqlConnection(unpooled);
        await open.OpenAsync();

        await fixture.DisposeAsync();

        await using var server = new NpgsqlConnection(PostgresFixture.ServerConnectionString());
        await server.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", server);
        exists.Parameters.AddWithValue("name", name);
        Assert.Equal(0L, (long)(await exists.ExecuteScalarAsync())!);
    }
}
