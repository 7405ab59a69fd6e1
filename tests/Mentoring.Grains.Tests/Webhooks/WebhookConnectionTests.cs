using Mentoring.Domain.Webhooks;
using Mentoring.Grains.Webhooks;

namespace Mentoring.Grains.Tests.Webhooks;

/// <summary>
/// The delivery side of the SSRF rule: every connection is checked on the address actually connected, so a URL accepted
/// at registration cannot reach a loopback receiver later (DNS rebinding), unless private addresses are allowed.
/// </summary>
public sealed class WebhookConnectionTests : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task A_connection_to_a_loopback_address_is_refused_unless_private_addresses_are_allowed(string host)
    {
        var url = new UriBuilder(_receiver.Url) { Host = host }.Uri;

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => PostAsync(allowPrivate: false, url));
        var allowed = await PostAsync(allowPrivate: true, url);

        Assert.Contains("refused", refused.Message, StringComparison.Ordinal);
        Assert.True(allowed.IsSuccessStatusCode);
        Assert.Single(_receiver.Received);
    }

    private static async Task<HttpResponseMessage> PostAsync(bool allowPrivate, Uri url)
    {
        using var handler = new SocketsHttpHandler { ConnectCallback = new WebhookConnections(new WebhookUrlRules(allowPrivate)).ConnectAsync };
        using var client = new HttpClient(handler);
        return await client.PostAsync(url, new StringContent("{}"));
    }
}
