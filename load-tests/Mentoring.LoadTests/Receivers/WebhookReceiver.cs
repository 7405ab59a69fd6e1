using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Mentoring.LoadTests.Receivers;

/// <summary>
/// A webhook endpoint inside the harness: Kestrel on 127.0.0.1 at a port it picks itself, answering every POST with 204
/// at once and keeping the Standard Webhooks headers, the body and the arrival time (Stopwatch) of each request.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<WebhookArrival> _arrivals = new();
    private readonly ConcurrentDictionary<string, byte> _ids = new(StringComparer.Ordinal);
    private WebApplication? _app;

    private WebhookReceiver()
    {
    }

    /// <summary>"http://127.0.0.1:{port}/hook".</summary>
    public string Url { get; private set; } = "";

    public int Count => _arrivals.Count;

    /// <summary>Requests with a webhook-id not seen before.</summary>
    public int DistinctCount => _ids.Count;

    public IReadOnlyList<WebhookArrival> Arrivals => [.. _arrivals];

    public static async Task<WebhookReceiver> StartAsync(CancellationToken ct)
    {
        var receiver = new WebhookReceiver();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/hook", receiver.ReceiveAsync);
        await app.StartAsync(ct);
        receiver._app = app;
        receiver.Url = app.Urls.Single().TrimEnd('/') + "/hook";
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        var arrived = Stopwatch.GetTimestamp();
        var id = request.Headers["webhook-id"].ToString();
        _arrivals.Enqueue(new WebhookArrival(arrived, id, request.Headers["webhook-timestamp"].ToString(), request.Headers["webhook-signature"].ToString(), body));
        _ids.TryAdd(id, 0);
        return Results.NoContent();
    }
}
