using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Mentoring.Testing;

/// <summary>
/// A real HTTP endpoint for webhook deliveries on 127.0.0.1 (HttpListener on a reserved port): answers every POST with
/// 204 and keeps each request's Standard Webhooks headers and body, in arrival order.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<WebhookDelivery> _deliveries = new();
    private readonly Task _listening;

    private WebhookReceiver(string url)
    {
        Url = url;
        _listener.Prefixes.Add(url);
        _listener.Start();
        _listening = ListenAsync();
    }

    /// <summary>The URL to register, e.g. "http://127.0.0.1:PORT/hook/".</summary>
    public string Url { get; }

    /// <summary>Every request received so far, duplicates included, in arrival order.</summary>
    public IReadOnlyList<WebhookDelivery> Deliveries => [.. _deliveries];

    public static WebhookReceiver Start() => new($"http://127.0.0.1:{ReservedPorts.Next()}/hook/");

    /// <summary>Waits until the deliveries so far satisfy <paramref name="done"/> and returns them.</summary>
    public Task<IReadOnlyList<WebhookDelivery>> WaitForAsync(Func<IReadOnlyList<WebhookDelivery>, bool> done, TimeSpan timeout, string what) =>
        Eventually.WaitAsync(() => Task.FromResult(Deliveries), done, timeout, what);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _listening.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _listener.Close();
    }

    private async Task ListenAsync()
    {
        while (_listener.IsListening)
        {
            var context = await _listener.GetContextAsync();
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers;
            _deliveries.Enqueue(new WebhookDelivery(headers["webhook-id"] ?? "", headers["webhook-timestamp"] ?? "", headers["webhook-signature"] ?? "", body));
            context.Response.StatusCode = 204;
            context.Response.Close();
        }
    }
}
