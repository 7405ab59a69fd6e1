using Grpc.Core;

namespace Mentoring.Api.Tests.Security;

/// <summary>One RPC of the isolation table: its scope, a call against a tenant's resources, and what calling it on another tenant's resources gives.</summary>
public sealed record RpcRow(string Method, string Scope, Func<Api, TenantWorld, Task> Call, StatusCode OnForeign = StatusCode.NotFound)
{
    public override string ToString() => Method;
}
