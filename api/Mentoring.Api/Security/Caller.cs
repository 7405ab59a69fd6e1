using Grpc.Core;

namespace Mentoring.Api.Security;

/// <summary>Who is calling: the tenant the call is confined to, its scopes, and the name audit entries give it.</summary>
public sealed record Caller(string Tenant, IReadOnlySet<string> Scopes, string Actor)
{
    private const string UserStateKey = "mentoring.caller";

    public bool Has(string scope) => Scopes.Contains(scope);

    /// <summary>The caller the authorization interceptor attached to this call.</summary>
    public static Caller Of(ServerCallContext context) =>
        context.UserState.TryGetValue(UserStateKey, out var caller) && caller is Caller c
            ? c
            : throw new InvalidOperationException($"No caller on {context.Method}: the authorization interceptor did not run.");

    internal void AttachTo(ServerCallContext context) => context.UserState[UserStateKey] = this;
}
