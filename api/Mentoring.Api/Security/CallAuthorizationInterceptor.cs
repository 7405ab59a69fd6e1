using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Mentoring.Api.Security;

/// <summary>
/// The one place every call is checked, before any service code runs: credential (UNAUTHENTICATED), scope
/// (PERMISSION_DENIED), tenant ownership of the named resource (NOT_FOUND, as if it did not exist), the deadline
/// ceiling of long calls, and the audit record of admin and destructive actions.
/// </summary>
public sealed class CallAuthorizationInterceptor(
    AuthOptions auth,
    GatewayOptions limits,
    ProgrammeOwnership ownership,
    ParticipantLinkCredential links,
    AuditTrail audit,
    TimeProvider clock) : Interceptor
{
    private static readonly Caller Unchecked = new(Abstractions.GrainKeys.DefaultTenant, Scopes.All, "anonymous");

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var (policy, caller) = await AuthorizeAsync(request, context);
        if (caller is null)
        {
            return await continuation(request, context);
        }

        return await AuditedAsync(policy, caller, context, () => RequestResource.NameOf(request), () => continuation(request, context));
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        var (policy, caller) = await AuthorizeAsync(request, context);
        if (caller is null)
        {
            await continuation(request, responseStream, context);
            return;
        }

        await AuditedAsync(policy, caller, context, () => RequestResource.NameOf(request), async () =>
        {
            await WithCeilingAsync(policy, context, bounded => continuation(request, responseStream, bounded));
            return true;
        });
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        var (policy, caller) = await AuthorizeAsync(null, context);
        if (caller is null)
        {
            return await continuation(requestStream, context);
        }

        var reader = new FirstRequestReader<TRequest>(requestStream);
        TResponse response = default!;
        await AuditedAsync(policy, caller, context, () => reader.Resource, async () =>
        {
            await WithCeilingAsync(policy, context, async bounded => response = await continuation(reader, bounded));
            return true;
        });
        return response;
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        var (policy, caller) = await AuthorizeAsync(null, context);
        if (caller is null)
        {
            await continuation(requestStream, responseStream, context);
            return;
        }

        await WithCeilingAsync(policy, context, bounded => continuation(requestStream, responseStream, bounded));
    }

    /// <summary>The method's policy and the checked caller; a null caller means a public method.</summary>
    private async Task<(MethodPolicy Policy, Caller? Caller)> AuthorizeAsync(object? request, ServerCallContext context)
    {
        var policy = MethodPolicies.For(context.Method)
            ?? throw new RpcException(new Status(StatusCode.PermissionDenied, $"{context.Method} has no access policy, so no credential may call it."));
        if (policy.Scope is null)
        {
            return (policy, null);
        }

        var caller = policy.Scope == Scopes.ParticipantLink
            ? await links.AuthorizeAsync(request is null ? "" : RequestResource.NameOf(request), context)
            : auth.Enabled ? CallerClaims.ToCaller(context.GetHttpContext().User, auth) : Unchecked;
        if (caller is null)
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated,
                $"A valid credential is required: an API key as \"{ApiKeyAuthenticationHandler.Header}\" metadata, or \"authorization: Bearer <token>\"."));
        }

        var anyTenant = policy.AnyTenantScope is { } wide && caller.Has(wide);
        if (!caller.Has(policy.Scope) && !anyTenant)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"This credential lacks the scope \"{policy.Scope}\"."));
        }

        if (request is not null && !anyTenant)
        {
            await CheckOwnershipAsync(policy, caller, RequestResource.NameOf(request), context.CancellationToken);
        }

        caller.AttachTo(context);
        return (policy, caller);
    }

    private async Task CheckOwnershipAsync(MethodPolicy policy, Caller caller, string resource, CancellationToken cancellationToken)
    {
        var foreign = policy.Ownership switch
        {
            Ownership.Programme => RequestResource.ProgrammeOf(resource) is { } programmeId
                && await ownership.IsForeignAsync(caller.Tenant, programmeId, cancellationToken),
            Ownership.Tenant => TenantOf(resource) is { } tenant && tenant != caller.Tenant,
            _ => false,
        };
        if (foreign)
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"{resource} does not exist."));
        }
    }

    /// <summary>The tenant of "tenants/{tenant}" or of a resource under it (an API key, a webhook endpoint); null for other names.</summary>
    private static string? TenantOf(string resource) =>
        ApiKeyNames.TryParseTenant(resource, out var tenant) || ApiKeyNames.TryParseKey(resource, out tenant, out _)
        || WebhookEndpointNames.TryParse(resource, out tenant, out _)
            ? tenant
            : null;

    private async Task<T> AuditedAsync<T>(MethodPolicy policy, Caller caller, ServerCallContext context, Func<string> resource, Func<Task<T>> call)
    {
        if (!policy.Audited)
        {
            return await call();
        }

        var outcome = StatusCode.Unknown;
        try
        {
            var result = await call();
            outcome = StatusCode.OK;
            return result;
        }
        catch (RpcException e)
        {
            outcome = e.StatusCode;
            throw;
        }
        catch (OperationCanceledException)
        {
            outcome = StatusCode.Cancelled;
            throw;
        }
        finally
        {
            var name = AuditResource.Of(context, resource());
            // Key administration is recorded in the log of the tenant whose keys change.
            var tenant = TenantOf(name) ?? caller.Tenant;
            await audit.RecordAsync(tenant, caller, context.Method, name, outcome, CancellationToken.None);
        }
    }

    private async Task WithCeilingAsync(MethodPolicy policy, ServerCallContext context, Func<ServerCallContext, Task> call)
    {
        if (!policy.Long)
        {
            await call(context);
            return;
        }

        var ceiling = clock.GetUtcNow().UtcDateTime + limits.LongCallCeiling;
        if (context.Deadline <= ceiling)
        {
            await call(context);
            return;
        }

        // grpc-dotnet finds the HttpContext of a context it did not create under this documented UserState key.
        context.UserState["__HttpContext"] = context.GetHttpContext();
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        bounded.CancelAfter(limits.LongCallCeiling);
        try
        {
            await call(new CeilingCallContext(context, ceiling, bounded.Token));
        }
        catch (Exception e) when (e is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled }
                                  && bounded.IsCancellationRequested && !context.CancellationToken.IsCancellationRequested)
        {
            throw new RpcException(new Status(StatusCode.DeadlineExceeded,
                $"The call ran into the server's ceiling of {limits.LongCallCeiling} for long calls; continue in a new call."));
        }
    }
}
