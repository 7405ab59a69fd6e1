using System.Diagnostics;
using System.Diagnostics.Metrics;
using Mentoring.Abstractions.Telemetry;
using Mentoring.Abstractions.Webhooks;

namespace Mentoring.Grains.Telemetry;

/// <summary>
/// Webhook instruments of the <c>Mentoring</c> meter: every delivery attempt counted by outcome, its duration, and the
/// events that became dead letters.
/// </summary>
public sealed class WebhookMetrics
{
    private static readonly InstrumentAdvice<double> Seconds = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    };

    private readonly Counter<long> _attempts;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _deadLetters;

    public WebhookMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MentoringInstrumentation.Name);
        _attempts = meter.CreateCounter<long>("mentoring.webhooks.attempts", "{attempt}", "Webhook delivery attempts, by outcome (success, http_error, no_response).");
        _duration = meter.CreateHistogram("mentoring.webhooks.duration", "s", "Time of one webhook delivery attempt, until the response headers or the failure.",
            tags: null, advice: Seconds);
        _deadLetters = meter.CreateCounter<long>("mentoring.webhooks.dead_letters", "{event}", "Events that failed their last retry and became dead letters.");
    }

    /// <summary>Records one attempt begun at <paramref name="startTimestamp"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    public void Record(long startTimestamp, string eventType, WebhookAttempt attempt)
    {
        var outcome = new KeyValuePair<string, object?>("outcome", attempt.Succeeded ? "success" : attempt.HttpStatus > 0 ? "http_error" : "no_response");
        var type = new KeyValuePair<string, object?>("event.type", eventType);
        _attempts.Add(1, outcome, type);
        _duration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, outcome, type);
    }

    public void DeadLettered(string eventType) => _deadLetters.Add(1, new KeyValuePair<string, object?>("event.type", eventType));
}
