using System.Text.Json;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Events;
using Mentoring.Abstractions.Webhooks;
using Mentoring.Grains.Tests.Support;
using Mentoring.Domain.Webhooks;

namespace Mentoring.Grains.Tests.Webhooks;

/// <summary>Registers endpoints and reads what the receiver got, for the webhook delivery tests.</summary>
public static class WebhookTestEndpoints
{
    /// <summary>A new tenant with one programme and an endpoint for it posting to <paramref name="url"/>; returns the ids and the secret.</summary>
    public static async Task<(string Tenant, string ProgrammeId, string EndpointId, string Secret)> RegisterAsync(
        this IGrainFactory grains, string purpose, string url)
    {
        var tenant = TestIds.Programme(purpose);
        var programmeId = TestIds.Programme(purpose);
        await grains.GetGrain<IProgrammeDirectoryGrain>(GrainKeys.ProgrammeDirectory(tenant)).AddAsync(programmeId);
        var secret = WebhookSecret.New();
        var created = await grains.Endpoint(tenant, "e1").CreateAsync(new WebhookEndpointSpec(url, [], null, purpose), secret, CancellationToken.None);
        Assert.NotNull(created);
        return (tenant, programmeId, "e1", secret);
    }

    public static IWebhookEndpointGrain Endpoint(this IGrainFactory grains, string tenant, string endpointId) =>
        grains.GetGrain<IWebhookEndpointGrain>(WebhookKeys.Endpoint(tenant, endpointId));

    public static IWebhookDeliveryGrain Delivery(this IGrainFactory grains, string tenant, string endpointId) =>
        grains.GetGrain<IWebhookDeliveryGrain>(WebhookKeys.Delivery(tenant, endpointId));

    /// <summary>The sequence number a delivered body carries in its data.</summary>
    public static long Sequence(this ReceivedWebhook received) =>
        JsonDocument.Parse(received.Body).RootElement.GetProperty("data").GetProperty("sequence").GetInt64();

    /// <summary>The ids of the accepted requests, each once, in the order of their first acceptance.</summary>
    public static List<string> FirstAcceptances(this WebhookReceiver receiver) => [.. receiver.Accepted.Select(r => r.Id).Distinct()];

    public static List<string> Ids(this IEnumerable<ProgrammeEvent> events) => [.. events.Select(e => e.EventId)];
}
