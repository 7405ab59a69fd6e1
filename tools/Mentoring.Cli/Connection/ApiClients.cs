using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Mentoring.Contracts.V1;

namespace Mentoring.Cli.Connection;

/// <summary>The public API's clients over one channel that attaches the configured credentials to every call.</summary>
public sealed class ApiClients : IDisposable
{
    private readonly GrpcChannel _channel;

    public ApiClients(ConnectionSettings settings)
    {
        var endpoint = settings.Endpoint.Value ?? ConnectionResolver.DefaultEndpoint;
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            throw new CliUsageException($"The endpoint \"{endpoint}\" is not an http:// or https:// address.");
        }

        _channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { MaxReceiveMessageSize = 64 * 1024 * 1024 });
        var invoker = _channel.Intercept(metadata => WithCredentials(metadata, settings));
        Programmes = new(invoker);
        Participants = new(invoker);
        Rounds = new(invoker);
        Matches = new(invoker);
        Recommendations = new(invoker);
        DataProtection = new(invoker);
        ApiKeys = new(invoker);
        Events = new(invoker);
        Webhooks = new(invoker);
    }

    public ProgrammeService.ProgrammeServiceClient Programmes { get; }

    public ParticipantService.ParticipantServiceClient Participants { get; }

    public RoundService.RoundServiceClient Rounds { get; }

    public MatchService.MatchServiceClient Matches { get; }

    public RecommendationService.RecommendationServiceClient Recommendations { get; }

    public DataProtectionService.DataProtectionServiceClient DataProtection { get; }

    public ApiKeyService.ApiKeyServiceClient ApiKeys { get; }

    public EventService.EventServiceClient Events { get; }
    public WebhookService.WebhookServiceClient Webhooks { get; }

    public void Dispose() => _channel.Dispose();

    /// <summary>Credentials travel as metadata (the agreed x-api-key and Bearer forms); the tenant rides along for servers that scope by it.</summary>
    private static Metadata WithCredentials(Metadata metadata, ConnectionSettings settings)
    {
        if (settings.ApiKey.Value is { } apiKey)
        {
            metadata.Add("x-api-key", apiKey);
        }

        if (settings.Token.Value is { } token)
        {
            metadata.Add("authorization", "Bearer " + token);
        }

        if (settings.Tenant.Value is { } tenant)
        {
            metadata.Add("x-tenant", tenant);
        }

        return metadata;
    }
}
