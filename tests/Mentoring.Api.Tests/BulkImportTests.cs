using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Testing;

namespace Mentoring.Api.Tests;

/// <summary>The client-streaming import at the size partners sync in.</summary>
public sealed class BulkImportTests : IClassFixture<PostgresFixture>
{
    private readonly PostgresFixture _postgres;

    public BulkImportTests(PostgresFixture postgres) => _postgres = postgres;

    [Fact]
    public async Task Ten_thousand_participants_stream_in_and_are_all_readable()
    {
        const int count = 10_000;
        await using var gateway = await ServiceProcess.StartGatewayAsync(Settings.SingleNodePostgres(_postgres.ConnectionString));
        using var clients = Clients.For(gateway);
        var programme = await clients.CreateProgrammeAsync("bulk");

        var response = await ImportAsync(clients, programme.Name, count);

        Assert.Equal(count, response.CreatedCount);
        Assert.Equal(0, response.RejectedCount);
        Assert.Equal(Enumerable.Range(0, count), response.Results.Select(r => r.Index));
        var listed = await clients.ListAllParticipantsAsync(programme.Name);
        Assert.Equal(
            Enumerable.Range(0, count).Select(Id).Order(StringComparer.Ordinal),
            listed.Select(p => p.Name.Split('/')[^1]).Order(StringComparer.Ordinal));
        var sample = await clients.Participants.GetParticipantAsync(new GetParticipantRequest { Name = $"{programme.Name}/participants/{Id(4321)}" });
        Assert.Equal("Person 4321", sample.DisplayName);

        var again = await ImportAsync(clients, programme.Name, count);
        Assert.Equal(count, again.UnchangedCount);
    }

    private static async Task<ImportParticipantsResponse> ImportAsync(Clients clients, string parent, int count)
    {
        using var call = clients.Participants.ImportParticipants();
        for (var i = 0; i < count; i++)
        {
            var participant = i % 5 == 0 ? Builders.Mentor($"Person {i}") : Builders.Mentee($"Person {i}");
            await call.RequestStream.WriteAsync(new ImportParticipantsRequest { Parent = parent, ParticipantId = Id(i), Participant = participant });
        }

        await call.RequestStream.CompleteAsync();
        return await call;
    }

    private static string Id(int i) => $"emp-{i:D5}";
}
