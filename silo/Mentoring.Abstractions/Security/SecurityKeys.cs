namespace Mentoring.Abstractions.Security;

/// <summary>Keys of the security grains, shaped like the API's resource names (never all digits).</summary>
public static class SecurityKeys
{
    /// <summary>One API key, found by its id alone: the id is part of the credential, the tenant is not.</summary>
    public static string ApiKey(string keyId) => $"apiKeys/{keyId}";

    /// <summary>The ids of one tenant's API keys.</summary>
    public static string TenantApiKeys(string tenant) => $"tenants/{tenant}/apiKeys";

    /// <summary>One tenant's audit log.</summary>
    public static string AuditLog(string tenant) => $"tenants/{tenant}/audit";

    /// <summary>Segment <paramref name="segment"/> of the audit log keyed <paramref name="auditLog"/>, e.g. "tenants/acme/audit/segments/s0".</summary>
    public static string AuditSegment(string auditLog, int segment) => $"{auditLog}/segments/s{segment}";
}
