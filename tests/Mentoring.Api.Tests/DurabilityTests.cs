using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Testing;

namespace Mentoring.Api.Tests;

/// <summary>Nothing written through gRPC, API keys included, is lost when the host stops and a new one starts on the same database.</summary>
public sealed class DurabilityTests : IClassFixture<PostgresFixture>
{
    private readonly PostgresFixture _postgres;

    public DurabilityTests(PostgresFixture postgres) => _postgres = postgres;

    [Fact]
    public async Task Everything_written_survives_a_restart_on_sqlite()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await AssertSurvivesRestartAsync(Settings.EmbeddedSqlite(dataDirectory));
            Assert.True(File.Exists(Path.Combine(dataDirectory, "mentoring.db")));
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Everything_written_survives_a_restart_on_postgresql()
    {
        await AssertSurvivesRestartAsync(Settings.SingleNodePostgres(_postgres.ConnectionString));
    }

    private static async Task AssertSurvivesRestartAsync(Dictionary<string, string> settings)
    {
        (Contracts.V1.Programme Programme, List<Contracts.V1.Participant> Participants) written;
        string firstKey;
        await using (var first = await ServiceProcess.StartGatewayAsync(settings))
        {
            firstKey = first.TenantKey;
            using var clients = Clients.For(first);
            await SampleData.WriteAsync(clients, "durable", participants: 12);
            written = await SampleData.ReadAsync(clients, "durable");
        }

        await using var second = await ServiceProcess.StartGatewayAsync(settings);
        // The API key created before the restart still authenticates: keys live in grain storage.
        using var again = new Clients(second.CreateChannel(firstKey));
        var read = await SampleData.ReadAsync(again, "durable");

        Assert.Equal(written.Programme, read.Programme);
        Assert.Equal(12, read.Participants.Count);
        Assert.Equal(written.Participants, read.Participants);
    }
}
