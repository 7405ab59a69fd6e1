using System.Diagnostics.CodeAnalysis;
using Mentoring.Domain;

namespace Mentoring.Api.Security;

/// <summary>Builds and parses "tenants/{tenant}" and "tenants/{tenant}/apiKeys/{api_key}".</summary>
public static class ApiKeyNames
{
    public static string Tenant(string tenant) => $"tenants/{tenant}";

    public static string Key(string tenant, string keyId) => $"tenants/{tenant}/apiKeys/{keyId}";

    public static bool TryParseTenant(string? name, [NotNullWhen(true)] out string? tenant)
    {
        tenant = null;
        if (name?.Split('/') is not ["tenants", var id] || !ResourceIds.IsValid(id))
        {
            return false;
        }

        tenant = id;
        return true;
    }

    public static bool TryParseKey(string? name, [NotNullWhen(true)] out string? tenant, [NotNullWhen(true)] out string? keyId)
    {
        tenant = null;
        keyId = null;
        if (name?.Split('/') is not ["tenants", var t, "apiKeys", var k] || !ResourceIds.IsValid(t) || !ResourceIds.IsValid(k))
        {
            return false;
        }

        tenant = t;
        keyId = k;
        return true;
    }
}
