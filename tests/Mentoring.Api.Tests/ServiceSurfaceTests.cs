using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests;

/// <summary>Health, reflection and deadlines: what operators and generic tools rely on.</summary>
public sealed class ServiceSurfaceTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>
{
    [Fact]
    public async Task The_health_service_reports_serving()
    {
        using var channel = fixture.Gateway.CreateChannel();
        var reply = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
    }

    [Fact]
    public async Task Reflection_lists_the_mentoring_services()
    {
        using var channel = fixture.Gateway.CreateChannel();
        using var call = new ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext());

        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("mentoring.v1.ProgrammeService", services);
        Assert.Contains("mentoring.v1.ParticipantService", services);
        Assert.Contains("grpc.health.v1.Health", services);
    }

    [Fact]
    public async Task An_import_that_outlives_its_deadline_ends_with_deadline_exceeded()
    {
        using var clients = Clients.For(fixture.Gateway);
        var programme = await clients.CreateProgrammeAsync("deadline-" + Guid.NewGuid().ToString("N")[..6]);
        using var call = clients.Participants.ImportParticipants(deadline: DateTime.UtcNow.AddMilliseconds(500));
        await call.RequestStream.WriteAsync(new ImportParticipantsRequest { Parent = programme.Name, ParticipantId = "early", Participant = Builders.Mentee() });

        // The stream stays open past the deadline: the server must give up rather than wait for more items.
        var exception = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseAsync.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal(StatusCode.DeadlineExceeded, exception.StatusCode);
    }
}
