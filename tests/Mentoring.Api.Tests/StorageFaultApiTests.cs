using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Testing;

namespace Mentoring.Api.Tests;

/// <summary>A storage fault is the service's: the client is told to retry, in words, never "Exception was thrown by handler".</summary>
public sealed class StorageFaultApiTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task A_write_that_meets_a_connection_the_server_dropped_is_unavailable_and_the_retried_write_succeeds()
    {
        await using var gateway = await ServiceProcess.StartGatewayAsync(Settings.SingleNodePostgres(postgres.ConnectionString));
        using var clients = Clients.For(gateway);
        await clients.CreateProgrammeAsync("faults");
        var created = await clients.Participants.CreateParticipantAsync(new CreateParticipantRequest
        {
            Parent = "programmes/faults", ParticipantId = "ada", Participant = Builders.Mentee("Ada"),
        });
        var rename = new UpdateParticipantRequest
        {
            Participant = new Participant { Name = created.Name, DisplayName = "Ada Lovelace" },
            UpdateMask = new FieldMask { Paths = { "display_name" } },
        };

        // The gateway's pools hold the connections the writes above used; the server now drops them, as a restart does.
        await new BackendTerminator(postgres.ConnectionString).TerminateAllAsync();
        var refused = await RpcAssert.FailsWithAsync(StatusCode.Unavailable, async () => await clients.Participants.UpdateParticipantAsync(rename));

        Assert.Contains("57P01", refused.Status.Detail);
        var renamed = await Eventually.SucceedsAsync(async () => await clients.Participants.UpdateParticipantAsync(rename), TimeSpan.FromSeconds(30), "the retried rename");
        Assert.Equal("Ada Lovelace", renamed.DisplayName);
    }
}
