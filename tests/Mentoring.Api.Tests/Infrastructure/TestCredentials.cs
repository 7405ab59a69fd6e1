using System.Buffers.Text;
using System.Security.Cryptography;
using Grpc.Core;
using Grpc.Net.Client;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>
/// The credentials test gateways run with: one operator key per test run, written to a file every gateway is
/// pointed at (the documented bootstrap), and tenant keys created through ApiKeyService with it.
/// </summary>
public static class TestCredentials
{
    public const string Tenant = "tests";

    public static readonly string[] TenantScopes = ["participants.read", "participants.write", "rounds.run", "results.read", "tenant.admin"];

    private static readonly Lazy<string> OperatorKeyFileLazy = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), "mentoring-tests", $"operator-{Guid.NewGuid():N}.key");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, OperatorKey);
        return path;
    });

    /// <summary>The operator key of this test run, in the format the service issues.</summary>
    public static string OperatorKey { get; } =
        $"mk.k{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(9))}.{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))}";

    public static string OperatorKeyFile => OperatorKeyFileLazy.Value;

    /// <summary>A channel that sends <paramref name="apiKey"/> as "x-api-key" on every call, or no credential when null.</summary>
    public static GrpcChannel Channel(string address, string? apiKey, string? bearerToken = null, HttpMessageHandler? handler = null)
    {
        var options = new GrpcChannelOptions { MaxReceiveMessageSize = 64 * 1024 * 1024, HttpHandler = handler };
        if (apiKey is not null || bearerToken is not null)
        {
            var credentials = CallCredentials.FromInterceptor((_, metadata) =>
            {
                if (apiKey is not null)
                {
                    metadata.Add("x-api-key", apiKey);
                }

                if (bearerToken is not null)
                {
                    metadata.Add("authorization", $"Bearer {bearerToken}");
                }

                return Task.CompletedTask;
            });
            options.Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, credentials);
            options.UnsafeUseInsecureChannelCallCredentials = true;
        }

        return GrpcChannel.ForAddress(address, options);
    }

    /// <summary>The resource name of a key, from its secret's "mk.{id}.{secret}" form.</summary>
    public static string KeyName(string tenant, string secret) => $"tenants/{tenant}/apiKeys/{secret.Split('.')[1]}";

    /// <summary>Creates an API key through ApiKeyService with the operator key and returns its secret.</summary>
    public static async Task<string> CreateKeyAsync(string address, string tenant, IEnumerable<string> scopes, DateTimeOffset? expires = null)
    {
        using var channel = Channel(address, OperatorKey);
        var keys = new ApiKeyService.ApiKeyServiceClient(channel);
        var apiKey = new ApiKey { DisplayName = $"test key for {tenant}" };
        apiKey.Scopes.AddRange(scopes);
        if (expires is { } e)
        {
            apiKey.ExpireTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(e);
        }

        var created = await keys.CreateApiKeyAsync(new CreateApiKeyRequest { Parent = $"tenants/{tenant}", ApiKey = apiKey });
        return created.Secret;
    }
}
