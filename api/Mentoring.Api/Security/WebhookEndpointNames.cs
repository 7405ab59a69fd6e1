using System.Diagnostics.CodeAnalysis;
using Mentoring.Domain;

namespace Mentoring.Api.Security;

/// <summary>Builds and parses "tenants/{tenant}/webhookEndpoints/{webhook_endpoint}".</summary>
public static class WebhookEndpointNames
{
    public const string Format = "must be \"tenants/{tenant}/webhookEndpoints/{webhook_endpoint}\" with valid ids";

    public static string Endpoint(string tenant, string endpointId) => $"tenants/{tenant}/webhookEndpoints/{endpointId}";

    public static bool TryParse(string? name, [NotNullWhen(true)] out string? tenant, [NotNullWhen(true)] out string? endpointId)
    {
        tenant = null;
        endpointId = null;
        if (name?.Split('/') is not ["tenants", var t, "webhookEndpoints", var e] || !ResourceIds.IsValid(t) || !ResourceIds.IsValid(e))
        {
            return false;
        }

        tenant = t;
        endpointId = e;
        return true;
    }
}
