namespace Mentoring.Api.Security;

/// <summary>How a call's resource is tied to the caller's tenant before the service runs.</summary>
public enum Ownership
{
    /// <summary>The request names a resource under "programmes/{programme}", which must belong to the caller's tenant.</summary>
    Programme,

    /// <summary>The request names "tenants/{tenant}" or one of its API keys or webhook endpoints, and that tenant must be the caller's own.</summary>
    Tenant,

    /// <summary>The service confines the call itself (creating or listing programmes, streamed imports) or it is not tenant data (operator calls).</summary>
    InService,
}
