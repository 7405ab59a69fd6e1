using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Testing;

namespace Mentoring.Api.Tests.Webhooks;

/// <summary>
/// The whole path on one gateway: a participant change commits its event to the programme's log, and the tenant's
/// webhook endpoint receives it from that log, in order, signed as Standard Webhooks says, with ids and no personal data.
/// </summary>
public sealed class WebhookEventsEndToEndTests : IAsyncLifetime
{
    private const string Tenant = "hooks-e2e";
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));
    private readonly HttpListener _receiver = new();
    private readonly ConcurrentQueue<(string Id, string Timestamp, string Signature, string Body)> _received = new();
    private ServiceProcess? _gateway;
    private Task? _listening;

    private string ReceiverUrl { get; } = $"http://127.0.0.1:{ReservedPorts.Next()}/hook/";

    public async Task InitializeAsync()
    {
        _receiver.Prefixes.Add(ReceiverUrl);
        _receiver.Start();
        _listening = ListenAsync();
        var settings = Settings.EmbeddedSqlite(_dataDirectory);
        settings["Mentoring:Webhooks:AllowPrivateAddresses"] = "true";
        _gateway = await ServiceProcess.StartGatewayAsync(settings);
    }

    public async Task DisposeAsync()
    {
        _receiver.Stop();
        await (_listening ?? Task.CompletedTask).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _receiver.Close();
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Fact]
    public async Task A_participants_creation_and_update_reach_the_tenants_endpoint_from_the_log_in_order_and_signed()
    {
        var key = await TestCredentials.CreateKeyAsync(_gateway!.Address, Tenant, TestCredentials.TenantScopes);
        using var channel = _gateway.CreateChannel(key);
        var hooks = new WebhookService.WebhookServiceClient(channel);
        var created = await hooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest
        {
            Parent = $"tenants/{Tenant}",
            WebhookEndpoint = new WebhookEndpoint { Url = ReceiverUrl, EventTypes = { "participant.created", "participant.updated" } },
        });
        using var clients = new Clients(channel);
        await clients.CreateProgrammeAsync("hooked");
        var participant = await clients.Participants.CreateParticipantAsync(new CreateParticipantRequest
        {
            Parent = "programmes/hooked", ParticipantId = "ada", Participant = Builders.Mentee("Ada Lovelace"),
        });
        participant.Department = "Analytical Engines";
        await clients.Participants.UpdateParticipantAsync(new UpdateParticipantRequest
        {
            Participant = participant, UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "department" } },
        });

        await Eventually.UntilAsync(() => _received.Count >= 2, TimeSpan.FromSeconds(60), "two deliveries");
        var deliveries = _received.ToList();

        Assert.Equal(["participant.created", "participant.updated"], deliveries.Select(d => Type(d.Body)));
        Assert.All(deliveries, d => Assert.True(IsSignedWith(d, created.Secret), $"bad signature on {d.Id}"));
        Assert.All(deliveries, d => Assert.StartsWith("evt_", d.Id, StringComparison.Ordinal));
        Assert.Equal(2, deliveries.Select(d => d.Id).Distinct().Count());
        Assert.All(deliveries, d => Assert.Contains("programmes/hooked/participants/ada", d.Body, StringComparison.Ordinal));
        Assert.All(deliveries, d => Assert.DoesNotContain("Ada Lovelace", d.Body, StringComparison.Ordinal));
    }

    private async Task ListenAsync()
    {
        while (_receiver.IsListening)
        {
            var context = await _receiver.GetContextAsync();
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            _received.Enqueue((context.Request.Headers["webhook-id"]!, context.Request.Headers["webhook-timestamp"]!, context.Request.Headers["webhook-signature"]!, body));
            context.Response.StatusCode = 204;
            context.Response.Close();
        }
    }

    private static string Type(string body) => JsonDocument.Parse(body).RootElement.GetProperty("type").GetString()!;

    // Standard Webhooks, checked independently of the product's code: v1 = base64(HMAC-SHA256(key, "id.timestamp.body")).
    private static bool IsSignedWith((string Id, string Timestamp, string Signature, string Body) delivery, string secret)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{delivery.Id}.{delivery.Timestamp}.{delivery.Body}")));
        return delivery.Signature.Split(' ').Contains(expected);
    }
}
