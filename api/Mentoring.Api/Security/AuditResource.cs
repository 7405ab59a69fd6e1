using Grpc.Core;

namespace Mentoring.Api.Security;

/// <summary>
/// Lets a service name the resource its audit record should carry when the request's own name must not be kept
/// (an erasure records the pseudonym, not the erased id).
/// </summary>
public static class AuditResource
{
    private const string UserStateKey = "mentoring.audit-resource";

    public static void Override(ServerCallContext context, string resource) => context.UserState[UserStateKey] = resource;

    internal static string Of(ServerCallContext context, string requested) =>
        context.UserState.TryGetValue(UserStateKey, out var resource) && resource is string name ? name : requested;
}
