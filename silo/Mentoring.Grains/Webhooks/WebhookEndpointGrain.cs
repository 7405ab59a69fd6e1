using Mentoring.Abstractions.Webhooks;

namespace Mentoring.Grains.Webhooks;

/// <inheritdoc cref="IWebhookEndpointGrain"/>
/// <remarks>
/// The tenant's list learns an id before the endpoint is written and forgets it after the endpoint is gone, so a crash in
/// between leaves at most an id that lists nothing, never an endpoint that cannot be found. Delivery reads the endpoint
/// on every poll, so a change or a delete reaches it there.
/// </remarks>
public sealed class WebhookEndpointGrain(
    [PersistentState(StorageNames.WebhookEndpointState, StorageNames.Provider)] IPersistentState<WebhookEndpointState> state,
    TimeProvider clock) : Grain, IWebhookEndpointGrain
{
    async Task<WebhookEndpointInfo?> IWebhookEndpointGrain.CreateAsync(WebhookEndpointSpec spec, string secret, CancellationToken cancellationToken)
    {
        if (state.State.Endpoint is not null)
        {
            return null;
        }

        var (tenant, endpointId) = Names();
        await GrainFactory.GetGrain<ITenantWebhookEndpointsGrain>(WebhookKeys.TenantEndpoints(tenant)).AddAsync(endpointId, cancellationToken);
        var now = clock.GetUtcNow();
        state.State = new WebhookEndpointState { Endpoint = new(tenant, endpointId, spec, now, now, now), Secret = secret };
        await state.WriteStateAsync(cancellationToken);
        await Delivery().WakeAsync(cancellationToken);
        return state.State.Endpoint;
    }

    Task<WebhookEndpointInfo?> IWebhookEndpointGrain.GetAsync(CancellationToken cancellationToken) => Task.FromResult(state.State.Endpoint);

    async Task<WebhookEndpointInfo?> IWebhookEndpointGrain.UpdateAsync(WebhookEndpointSpec spec, CancellationToken cancellationToken)
    {
        if (state.State.Endpoint is not { } endpoint)
        {
            return null;
        }

        state.State = state.State with { Endpoint = endpoint with { Spec = spec, UpdateTime = clock.GetUtcNow() } };
        await state.WriteStateAsync(cancellationToken);
        await Delivery().WakeAsync(cancellationToken);
        return state.State.Endpoint;
    }

    async Task<WebhookEndpointInfo?> IWebhookEndpointGrain.RotateSecretAsync(string secret, CancellationToken cancellationToken)
    {
        if (state.State.Endpoint is not { } endpoint)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        state.State = new WebhookEndpointState { Endpoint = endpoint with { UpdateTime = now, SecretTime = now }, Secret = secret };
        await state.WriteStateAsync(cancellationToken);
        return state.State.Endpoint;
    }

    async Task<bool> IWebhookEndpointGrain.DeleteAsync(CancellationToken cancellationToken)
    {
        if (state.State.Endpoint is null)
        {
            return false;
        }

        var (tenant, endpointId) = Names();
        await state.ClearStateAsync(cancellationToken);
        state.State = new WebhookEndpointState();
        await GrainFactory.GetGrain<ITenantWebhookEndpointsGrain>(WebhookKeys.TenantEndpoints(tenant)).RemoveAsync(endpointId, cancellationToken);

        // Delivery finds the endpoint gone at its next poll, drops its reminder and its state; waking it makes sure it polls.
        await Delivery().WakeAsync(cancellationToken);
        return true;
    }

    Task<WebhookTarget?> IWebhookEndpointGrain.TargetAsync(CancellationToken cancellationToken) =>
        Task.FromResult(state.State.Endpoint is { } endpoint ? new WebhookTarget(endpoint.Tenant, endpoint.Spec, state.State.Secret, endpoint.CreateTime) : null);

    private IWebhookDeliveryGrain Delivery()
    {
        var (tenant, endpointId) = Names();
        return GrainFactory.GetGrain<IWebhookDeliveryGrain>(WebhookKeys.Delivery(tenant, endpointId));
    }

    // The key is "tenants/{tenant}/webhookEndpoints/{endpoint}".
    private (string Tenant, string EndpointId) Names()
    {
        var segments = this.GetPrimaryKeyString().Split('/');
        return (segments[1], segments[3]);
    }
}
