using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Webhooks;
using Mentoring.Api.Errors;
using Mentoring.Api.Mapping;
using Mentoring.Api.Security;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;
using Mentoring.Domain.Webhooks;

namespace Mentoring.Api.Services;

/// <summary>
/// mentoring.v1.WebhookService: a tenant's webhook endpoints and their dead letters. Validation in
/// <see cref="WebhookEndpointInput"/>; the tenant check is the interceptor's (<see cref="MethodPolicies"/>). Secrets leave
/// only in the create and rotate answers.
/// </summary>
public sealed class WebhookService(IGrainFactory grains, WebhookEndpointInput input) : Contracts.V1.WebhookService.WebhookServiceBase
{
    private const int CreateAttempts = 3;

    public override async Task<WebhookEndpointSecret> CreateWebhookEndpoint(CreateWebhookEndpointRequest request, ServerCallContext context)
    {
        var tenant = RequestRules.Tenant(request.Parent, "parent");
        if (request.WebhookEndpoint is null)
        {
            RpcErrors.InvalidArgument("webhook_endpoint", "is required");
        }

        var spec = await ValidAsync(tenant, request.WebhookEndpoint, context.CancellationToken);
        for (var attempt = 1; attempt <= CreateAttempts; attempt++)
        {
            var secret = WebhookSecret.New();
            var endpointId = "w" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
            if (await Endpoint(tenant, endpointId).CreateAsync(spec, secret, context.CancellationToken) is { } created)
            {
                return new WebhookEndpointSecret { WebhookEndpoint = WebhookProto.ToProto(created, null), Secret = secret };
            }
        }

        throw RpcErrors.UnavailableException("Could not pick a free endpoint id; try again.");
    }

    public override async Task<WebhookEndpoint> GetWebhookEndpoint(GetWebhookEndpointRequest request, ServerCallContext context)
    {
        var (tenant, endpointId, endpoint) = await ExistingAsync(request.Name, "name", context.CancellationToken);
        return WebhookProto.ToProto(endpoint, await Delivery(tenant, endpointId).GetStatusAsync(context.CancellationToken));
    }

    public override async Task<ListWebhookEndpointsResponse> ListWebhookEndpoints(ListWebhookEndpointsRequest request, ServerCallContext context)
    {
        var tenant = RequestRules.Tenant(request.Parent, "parent");
        var pageSize = RequestRules.PageSize(request.PageSize);
        var afterId = RequestRules.AfterId(request.PageToken, request.Parent);
        var page = await grains.GetGrain<ITenantWebhookEndpointsGrain>(WebhookKeys.TenantEndpoints(tenant)).ListAsync(afterId, pageSize, context.CancellationToken);
        var endpoints = await Task.WhenAll(page.ParticipantIds.Select(async id =>
            await Endpoint(tenant, id).GetAsync(context.CancellationToken) is { } endpoint
                ? WebhookProto.ToProto(endpoint, await Delivery(tenant, id).GetStatusAsync(context.CancellationToken))
                : null));
        var response = new ListWebhookEndpointsResponse
        {
            NextPageToken = page.HasMore ? PageTokens.Encode(page.ParticipantIds[^1], request.Parent) : "",
        };
        response.WebhookEndpoints.AddRange(endpoints.OfType<WebhookEndpoint>());
        return response;
    }

    public override async Task<WebhookEndpoint> UpdateWebhookEndpoint(UpdateWebhookEndpointRequest request, ServerCallContext context)
    {
        if (request.WebhookEndpoint is null)
        {
            RpcErrors.InvalidArgument("webhook_endpoint", "is required");
        }

        var (tenant, endpointId, existing) = await ExistingAsync(request.WebhookEndpoint.Name, "webhook_endpoint.name", context.CancellationToken);
        var merged = FieldMasks.Apply(WebhookProto.ToProto(existing, null), request.WebhookEndpoint, request.UpdateMask);
        if (!merged.IsValid)
        {
            RpcErrors.InvalidArgument(merged.Violations);
        }

        var spec = await ValidAsync(tenant, merged.Value, context.CancellationToken);
        var updated = await Endpoint(tenant, endpointId).UpdateAsync(spec, context.CancellationToken);
        if (updated is null)
        {
            RpcErrors.NotFound(request.WebhookEndpoint.Name);
        }

        return WebhookProto.ToProto(updated, await Delivery(tenant, endpointId).GetStatusAsync(context.CancellationToken));
    }

    public override async Task<Empty> DeleteWebhookEndpoint(DeleteWebhookEndpointRequest request, ServerCallContext context)
    {
        var (tenant, endpointId, _) = await ExistingAsync(request.Name, "name", context.CancellationToken);
        if (!await Endpoint(tenant, endpointId).DeleteAsync(context.CancellationToken))
        {
            RpcErrors.NotFound(request.Name);
        }

        return new Empty();
    }

    public override async Task<WebhookEndpointSecret> RotateWebhookEndpointSecret(RotateWebhookEndpointSecretRequest request, ServerCallContext context)
    {
        var (tenant, endpointId, _) = await ExistingAsync(request.Name, "name", context.CancellationToken);
        var secret = WebhookSecret.New();
        var rotated = await Endpoint(tenant, endpointId).RotateSecretAsync(secret, context.CancellationToken);
        if (rotated is null)
        {
            RpcErrors.NotFound(request.Name);
        }

        return new WebhookEndpointSecret { WebhookEndpoint = WebhookProto.ToProto(rotated, null), Secret = secret };
    }

    public override async Task<ListWebhookDeadLettersResponse> ListWebhookDeadLetters(ListWebhookDeadLettersRequest request, ServerCallContext context)
    {
        var (tenant, endpointId, _) = await ExistingAsync(request.Parent, "parent", context.CancellationToken);
        var pageSize = RequestRules.PageSize(request.PageSize);
        var afterId = RequestRules.AfterId(request.PageToken, request.Parent);
        var letters = await Delivery(tenant, endpointId).ListDeadLettersAsync(context.CancellationToken);

        // Dead letters stay in the order they failed; a token carries the id of the last one shown.
        var start = afterId is null ? 0 : letters.Select((l, i) => (l, i)).FirstOrDefault(x => x.l.EventId == afterId, (null!, letters.Count - 1)).Item2 + 1;
        var page = letters.Skip(start).Take(pageSize).ToList();
        var response = new ListWebhookDeadLettersResponse
        {
            NextPageToken = start + page.Count < letters.Count ? PageTokens.Encode(page[^1].EventId, request.Parent) : "",
        };
        response.DeadLetters.AddRange(page.Select(WebhookProto.ToProto));
        return response;
    }

    public override async Task<WebhookDeliveryAttempt> ReplayWebhookDeadLetter(ReplayWebhookDeadLetterRequest request, ServerCallContext context)
    {
        var (tenant, endpointId, _) = await ExistingAsync(request.Name, "name", context.CancellationToken);
        if (request.EventId.Length == 0)
        {
            RpcErrors.InvalidArgument("event_id", "is required");
        }

        var attempt = await Delivery(tenant, endpointId).ReplayAsync(request.EventId, context.CancellationToken);
        if (attempt is null)
        {
            RpcErrors.NotFound($"The dead letter {request.EventId} of {request.Name}");
        }

        return WebhookProto.ToProto(attempt);
    }

    private async Task<WebhookEndpointSpec> ValidAsync(string tenant, WebhookEndpoint endpoint, CancellationToken cancellationToken)
    {
        var (spec, violations) = await input.ReadAsync(tenant, endpoint, cancellationToken);
        if (spec is null)
        {
            RpcErrors.InvalidArgument(violations);
        }

        return spec;
    }

    /// <summary>The named endpoint, or NOT_FOUND; never activates a delivery for an endpoint that does not exist.</summary>
    private async Task<(string Tenant, string EndpointId, WebhookEndpointInfo Endpoint)> ExistingAsync(string name, string field, CancellationToken cancellationToken)
    {
        if (!WebhookEndpointNames.TryParse(name, out var tenant, out var endpointId))
        {
            RpcErrors.InvalidArgument(field, WebhookEndpointNames.Format);
        }

        var endpoint = await Endpoint(tenant, endpointId).GetAsync(cancellationToken);
        if (endpoint is null)
        {
            RpcErrors.NotFound(name);
        }

        return (tenant, endpointId, endpoint);
    }

    private IWebhookEndpointGrain Endpoint(string tenant, string endpointId) => grains.GetGrain<IWebhookEndpointGrain>(WebhookKeys.Endpoint(tenant, endpointId));

    private IWebhookDeliveryGrain Delivery(string tenant, string endpointId) => grains.GetGrain<IWebhookDeliveryGrain>(WebhookKeys.Delivery(tenant, endpointId));
}
