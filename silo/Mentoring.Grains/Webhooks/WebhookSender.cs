using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Mentoring.Abstractions.Events;
using Mentoring.Abstractions.Webhooks;
using Mentoring.Domain.Webhooks;
using Mentoring.Grains.Telemetry;
using Microsoft.Extensions.Options;

namespace Mentoring.Grains.Webhooks;

/// <summary>Posts one event to one endpoint with the Standard Webhooks headers and reports the outcome; never throws for the receiver's faults.</summary>
public sealed class WebhookSender(
    IHttpClientFactory clients, WebhookUrlRules rules, IOptions<WebhookOptions> options, WebhookMetrics metrics, TimeProvider clock)
{
    /// <summary>The name of the HttpClient whose handler checks every connection (<see cref="WebhookConnections"/>).</summary>
    public const string ClientName = "webhooks";

    /// <summary>The outcome of posting <paramref name="programmeEvent"/>, counted as attempt <paramref name="attempt"/>.</summary>
    public async Task<WebhookAttempt> SendAsync(WebhookTarget target, ProgrammeEvent programmeEvent, int attempt, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var now = clock.GetUtcNow();
        var outcome = await PostAsync(target, programmeEvent, now, cancellationToken);
        var result = new WebhookAttempt(now, programmeEvent.EventId, outcome.Status, outcome.Error, attempt);
        metrics.Record(started, programmeEvent.Type, result);
        return result;
    }

    private async Task<(int Status, string Error)> PostAsync(WebhookTarget target, ProgrammeEvent programmeEvent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (rules.FormProblem(target.Spec.Url) is { } problem)
        {
            return (0, $"The URL was refused: it {problem}.");
        }

        var body = WebhookPayload.For(programmeEvent);
        var timestamp = now.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Spec.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", programmeEvent.EventId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(target.Secret, programmeEvent.EventId, timestamp, body));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Mentoring-Webhooks", "1"));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.RequestTimeout);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return ((int)response.StatusCode, response.IsSuccessStatusCode ? "" : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (0, $"No response within {options.Value.RequestTimeout}.");
        }
        catch (HttpRequestException e)
        {
            return (0, e.InnerException is { } inner && inner.Message != e.Message ? $"{e.Message} {inner.Message}" : e.Message);
        }
    }
}
