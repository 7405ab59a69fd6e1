using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Testing;

namespace Mentoring.Api.Tests;

/// <summary>Several processes on 127.0.0.1 forming one cluster through PostgreSQL membership.</summary>
public sealed class ClusterTests : IClassFixture<PostgresFixture>
{
    private readonly PostgresFixture _postgres;

    public ClusterTests(PostgresFixture postgres) => _postgres = postgres;

    [Fact]
    public async Task Two_gateways_with_their_own_silos_serve_one_consistent_cluster()
    {
        var clusterId = "two-gateways-" + Guid.NewGuid().ToString("N")[..6];
        await using var a = await ServiceProcess.StartGatewayAsync(Settings.ClusterMember(_postgres.ConnectionString, clusterId));
        await using var b = await ServiceProcess.StartGatewayAsync(Settings.ClusterMember(_postgres.ConnectionString, clusterId));
        using var throughA = Clients.For(a);
        using var throughB = Clients.For(b);
        var (programme, _) = await SampleData.WriteAsync(throughA, "cluster", participants: 6);

        var readThroughB = await throughB.Participants.GetParticipantAsync(new GetParticipantRequest { Name = $"{programme.Name}/participants/person-001" });
        readThroughB.DisplayName = "Renamed through B";
        await throughB.Participants.UpdateParticipantAsync(new UpdateParticipantRequest { Participant = readThroughB });

        // With two separate clusters the activation in A would still hold the old name.
        var readThroughA = await throughA.Participants.GetParticipantAsync(new GetParticipantRequest { Name = readThroughB.Name });
        Assert.Equal("Renamed through B", readThroughA.DisplayName);
        Assert.Equal(6, (await throughB.ListAllParticipantsAsync(programme.Name)).Count);
    }

    [Fact]
    public async Task A_client_mode_gateway_reaches_a_standalone_silo()
    {
        var clusterId = "client-gateway-" + Guid.NewGuid().ToString("N")[..6];
        await using var silo = ServiceProcess.StartSilo(Settings.ClusterMember(_postgres.ConnectionString, clusterId));
        var gatewaySettings = Settings.ClusterMember(_postgres.ConnectionString, clusterId);
        gatewaySettings["Mentoring:GatewayMode"] = "Client";
        await using var gateway = await ServiceProcess.StartGatewayAsync(gatewaySettings);
        using var clients = Clients.For(gateway);

        var (programme, participants) = await SampleData.WriteAsync(clients, "client-mode", participants: 3);

        var read = await SampleData.ReadAsync(clients, "client-mode");
        Assert.Equal(programme, read.Programme);
        Assert.Equal(participants.OrderBy(p => p.Name, StringComparer.Ordinal), read.Participants);
    }
}
