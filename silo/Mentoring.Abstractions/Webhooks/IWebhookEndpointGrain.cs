namespace Mentoring.Abstractions.Webhooks;

/// <summary>One webhook endpoint's registration. Keyed by <see cref="WebhookKeys.Endpoint"/>.</summary>
public interface IWebhookEndpointGrain : IGrainWithStringKey
{
    /// <summary>Registers the endpoint with its secret; null when the key is already taken.</summary>
    Task<WebhookEndpointInfo?> CreateAsync(WebhookEndpointSpec spec, string secret, CancellationToken cancellationToken);

    /// <summary>The endpoint, or null when it does not exist.</summary>
    Task<WebhookEndpointInfo?> GetAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the settings; null when the endpoint does not exist.</summary>
    Task<WebhookEndpointInfo?> UpdateAsync(WebhookEndpointSpec spec, CancellationToken cancellationToken);

    /// <summary>Replaces the signing secret; null when the endpoint does not exist.</summary>
    Task<WebhookEndpointInfo?> RotateSecretAsync(string secret, CancellationToken cancellationToken);

    /// <summary>Deletes the endpoint (its delivery stops and forgets its state); false when it did not exist.</summary>
    Task<bool> DeleteAsync(CancellationToken cancellationToken);

    /// <summary>What delivery needs, secret included; null when the endpoint does not exist.</summary>
    [AlwaysInterleave]
    Task<WebhookTarget?> TargetAsync(CancellationToken cancellationToken);
}
