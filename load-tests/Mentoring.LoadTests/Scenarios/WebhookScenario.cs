using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Mentoring.Contracts.V1;
using Mentoring.LoadTests.Measurement;
using Mentoring.LoadTests.Receivers;
using Mentoring.LoadTests.Reports;
using Mentoring.Synthetic;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>
/// Issue #16's first figure: imports a --mentees x --mentors programme, registers a webhook endpoint for its
/// participant.updated events at a receiver inside the harness, then changes one participant's department at
/// --event-rate for --event-seconds (open loop, a different participant each time while there are enough) and times
/// each change from when it was sent to when its delivery arrived. The same-run baseline is the changes' own
/// UpdateParticipant calls. Lost, duplicated and unexpected deliveries are counted after a drain.
/// </summary>
public static class WebhookScenario
{
    private const string EventType = "participant.updated";
    private const int WarmUpChanges = 10;

    public static async Task RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var options = context.Options;
        var programme = await ProgrammeLoader.LoadAsync(context, new ProgrammeShape(options.Mentees, options.Mentors), ct);
        var subjects = programme.Data.Participants.Select(p => programme.ParticipantName(p.Id)).ToArray();
        await using var receiver = await WebhookReceiver.StartAsync(ct);
        var endpoint = await context.Webhooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest
        {
            Parent = $"tenants/{options.Tenant}",
            WebhookEndpoint = new WebhookEndpoint
            {
                DisplayName = "load test receiver", Url = receiver.Url, EventTypes = { EventType }, Programme = programme.Name,
            },
        }, deadline: ScenarioContext.CallDeadline, cancellationToken: ct);
        try
        {
            var changes = new ConcurrentQueue<ChangeDeliveries.Change>();
            var total = (long)Math.Floor(options.EventRate * options.EventSeconds);
            context.Log.WriteLine($"webhooks: endpoint {endpoint.WebhookEndpoint.Name} at {receiver.Url}; {WarmUpChanges} warm-up changes, then {options.EventRate}/s for {options.EventSeconds} s");

            // Warm-up: connections, the delivery grain's activation and its first poll; not measured.
            var warmUp = new ConcurrentQueue<ChangeDeliveries.Change>();
            for (var i = 0; i < WarmUpChanges; i++)
            {
                await ChangeAsync(context, subjects[(total + i) % subjects.Length], $"warm-up {i}", warmUp, ct);
            }

            await DrainAsync(context, receiver, () => WarmUpChanges, TimeSpan.FromSeconds(options.DrainSeconds), ct);
            var warmUpArrivals = receiver.DistinctCount;

            var updates = new LatencyRecorder("UpdateParticipant (department), the change itself");
            var clock = Stopwatch.StartNew();
            var elapsed = await OpenLoop.RunAsync(options.EventRate, TimeSpan.FromSeconds(options.EventSeconds),
                (i, token) => ChangeAsync(context, subjects[i % subjects.Length], $"change {i}", changes, token), updates, ct);
            var stored = changes.Count(c => c.Stored);
            await DrainAsync(context, receiver, () => warmUpArrivals + stored, TimeSpan.FromSeconds(options.DrainSeconds), ct);

            var tally = ChangeDeliveries.Match([.. warmUp, .. changes], receiver.Arrivals, EventType, endpoint.Secret);
            var measured = tally.Delivered.Where(d => !warmUp.Contains(d.Change)).ToList();
            var latencies = new LatencyRecorder($"{EventType}: change sent -> delivery arrived");
            foreach (var (change, arrival) in measured)
            {
                latencies.RecordSuccess((arrival.ArrivedAt - change.SentAt) * 1_000_000 / Stopwatch.Frequency);
            }

            var lost = tally.Lost.Count(c => !warmUp.Contains(c));
            if (lost > 0)
            {
                latencies.RecordErrors("LOST", lost);
            }

            var lastArrival = measured.Count > 0 ? measured.Max(d => d.Arrival.ArrivedAt) : 0;
            var span = measured.Count > 0 ? TimeSpan.FromSeconds((lastArrival - measured.Min(d => d.Change.SentAt)) / (double)Stopwatch.Frequency) : elapsed;
            var delivery = latencies.Summarise(span, stored);
            context.Report.Latencies.Add(new LatencyComparison($"webhook delivery ({EventType})", delivery, updates.Summarise(elapsed),
                $"the same changes' UpdateParticipant calls, {options.EventRate}/s open loop, same run"));
            context.Report.Deliveries.Add(new DeliveryFigures($"webhook deliveries of {EventType} (warm-up included)",
                WarmUpChanges + stored, tally.Received, tally.Distinct, tally.Lost.Count, tally.Duplicates, tally.Unexpected,
                span.TotalSeconds, measured.Count / Math.Max(span.TotalSeconds, 1e-9),
                string.Create(CultureInfo.InvariantCulture, $"{tally.BadSignatures} bad signatures; {total - changes.Count} changes not sent; {changes.Count - stored} changes failed")));
            if (total > subjects.Length)
            {
                context.Report.Notes.Add($"{total:N0} changes over {subjects.Length:N0} participants: some participants changed more than once, paired with their deliveries in order.");
            }

            context.Log.WriteLine($"webhooks: {measured.Count:N0} of {stored:N0} changes delivered, {lost} lost, {tally.Duplicates} duplicates, {tally.Unexpected} unexpected, p99 {delivery.Latency?.P99Ms:F1} ms");
            IssueTargets.Webhooks(context, delivery, tally);
        }
        finally
        {
            await context.Webhooks.DeleteWebhookEndpointAsync(new DeleteWebhookEndpointRequest { Name = endpoint.WebhookEndpoint.Name },
                deadline: ScenarioContext.CallDeadline, cancellationToken: CancellationToken.None);
        }
    }

    private static async Task ChangeAsync(ScenarioContext context, string subject, string department, ConcurrentQueue<ChangeDeliveries.Change> changes, CancellationToken ct)
    {
        var sent = Stopwatch.GetTimestamp();
        var stored = false;
        try
        {
            await context.Participants.UpdateParticipantAsync(new UpdateParticipantRequest
            {
                Participant = new Participant { Name = subject, Department = $"{department} {Guid.NewGuid():N}" },
                UpdateMask = new FieldMask { Paths = { "department" } },
            }, deadline: ScenarioContext.CallDeadline, cancellationToken: ct);
            stored = true;
        }
        finally
        {
            changes.Enqueue(new ChangeDeliveries.Change(subject, sent, stored));
        }
    }

    /// <summary>Waits until the receiver holds <paramref name="expected"/> distinct deliveries, or <paramref name="quiet"/> passed without a new one.</summary>
    private static async Task DrainAsync(ScenarioContext context, WebhookReceiver receiver, Func<int> expected, TimeSpan quiet, CancellationToken ct)
    {
        var seen = receiver.DistinctCount;
        var since = Stopwatch.StartNew();
        while (receiver.DistinctCount < expected() && since.Elapsed < quiet)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), ct);
            if (receiver.DistinctCount != seen)
            {
                seen = receiver.DistinctCount;
                since.Restart();
            }
        }

        if (receiver.DistinctCount < expected())
        {
            context.Log.WriteLine($"webhooks: {receiver.DistinctCount} of {expected()} deliveries after {quiet.TotalSeconds:F0} s without a new one");
        }
    }
}
