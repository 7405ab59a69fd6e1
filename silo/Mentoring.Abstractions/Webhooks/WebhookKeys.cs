namespace Mentoring.Abstractions.Webhooks;

/// <summary>Keys of the webhook grains, shaped like the API's resource names (never all digits).</summary>
public static class WebhookKeys
{
    /// <summary>One endpoint's registration, "tenants/{tenant}/webhookEndpoints/{endpoint}".</summary>
    public static string Endpoint(string tenant, string endpointId) => $"tenants/{tenant}/webhookEndpoints/{endpointId}";

    /// <summary>The ids of one tenant's endpoints.</summary>
    public static string TenantEndpoints(string tenant) => $"tenants/{tenant}/webhookEndpoints";

    /// <summary>The delivery of one endpoint (cursors, retries, dead letters), beside its registration.</summary>
    public static string Delivery(string tenant, string endpointId) => $"{Endpoint(tenant, endpointId)}/delivery";
}
