using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests.Security;

/// <summary>The resources one tenant owns in the isolation tests: a programme, a mentor and a mentee, a done round and its match.</summary>
public sealed record TenantWorld(string Tenant, string Programme, string Mentee, string Mentor, string Round, string Match, string ApiKeyName)
{
    public string TenantName => $"tenants/{Tenant}";

    /// <summary>A webhook endpoint name of the tenant; none is registered, so that no delivery runs in the background.</summary>
    public string WebhookEndpointName => $"tenants/{Tenant}/webhookEndpoints/w0";

    /// <summary>Creates the resources through the API with a full-scope key of <paramref name="tenant"/>.</summary>
    public static async Task<TenantWorld> BuildAsync(ServiceProcess gateway, string tenant, string programmeId, string apiKey)
    {
        var spareKey = await TestCredentials.CreateKeyAsync(gateway.Address, tenant, ["results.read"]);
        using var channel = gateway.CreateChannel(apiKey);
        using var clients = new Clients(channel);
        var programme = await clients.CreateProgrammeAsync(programmeId);
        var mentor = await clients.Participants.CreateParticipantAsync(new CreateParticipantRequest { Parent = programme.Name, ParticipantId = "ada", Participant = Builders.Mentor() });
        var mentee = await clients.Participants.CreateParticipantAsync(new CreateParticipantRequest { Parent = programme.Name, ParticipantId = "bo", Participant = Builders.Mentee() });
        var rounds = new RoundService.RoundServiceClient(channel);
        var round = await rounds.StartRoundAsync(new StartRoundRequest { Parent = programme.Name, RequestId = "first" });
        var seen = await RoundCalls.WatchToEndAsync(rounds, round.Name);
        Assert.Equal(RoundState.Done, seen[^1].State);
        var matches = await RoundCalls.ListAllMatchesAsync(rounds, round.Name, pageSize: 10);
        Assert.Single(matches);
        return new TenantWorld(tenant, programme.Name, mentee.Name, mentor.Name, round.Name, $"{round.Name}/matches/bo", TestCredentials.KeyName(tenant, spareKey));
    }
}
