using System.Diagnostics.Metrics;
using Mentoring.Abstractions.Events;
using Mentoring.Abstractions.Webhooks;
using Mentoring.Domain.Webhooks;
using Mentoring.Grains.Telemetry;
using Mentoring.Grains.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mentoring.Grains.Tests.Webhooks;

/// <summary>One delivery attempt as the receiver sees it (Standard Webhooks headers, the same bytes on a retry) and as telemetry counts it.</summary>
public sealed class WebhookSenderTests : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _services = new ServiceCollection().AddMetrics().AddHttpClient().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task A_failed_and_a_retried_attempt_carry_the_same_id_and_body_a_valid_signature_and_are_counted_by_outcome()
    {
        _receiver.Answer = (_, index) => index == 0 ? StatusCodes.Status500InternalServerError : StatusCodes.Status204NoContent;
        var meters = _services.GetRequiredService<IMeterFactory>();
        var counted = new List<(string Instrument, string Outcome)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Name.StartsWith("mentoring.webhooks.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Record(instrument, tags));
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Record(instrument, tags));
        listener.Start();
        var options = Options.Create(new WebhookOptions { AllowPrivateAddresses = true });
        var sender = new WebhookSender(
            _services.GetRequiredService<IHttpClientFactory>(), new WebhookUrlRules(true), options, new WebhookMetrics(meters), TimeProvider.System);
        var secret = WebhookSecret.New();
        var target = new WebhookTarget("t", new WebhookEndpointSpec(_receiver.Url, [], null, ""), secret, DateTimeOffset.UtcNow);
        var programmeEvent = new ProgrammeEvent("p1", 7, "evt_sender", ProgrammeEventTypes.MatchEnded, "programmes/p1/rounds/r1/matches/m1", DateTimeOffset.UtcNow, "{\"rating\":4}");

        var failed = await sender.SendAsync(target, programmeEvent, 1, CancellationToken.None);
        var retried = await sender.SendAsync(target, programmeEvent, 2, CancellationToken.None);

        Assert.Equal((500, false, 1), (failed.HttpStatus, failed.Succeeded, failed.Attempts));
        Assert.Equal((204, true, 2), (retried.HttpStatus, retried.Succeeded, retried.Attempts));
        Assert.Equal(["evt_sender", "evt_sender"], _receiver.Received.Select(r => r.Id));
        Assert.Single(_receiver.Received.Select(r => r.Body).Distinct());
        Assert.All(_receiver.Received, r => Assert.True(r.IsSignedWith(secret)));
        Assert.Equal(7, _receiver.Received[0].Sequence());
        Assert.Equal(
            [("mentoring.webhooks.attempts", "http_error"), ("mentoring.webhooks.duration", "http_error"), ("mentoring.webhooks.attempts", "success"), ("mentoring.webhooks.duration", "success")],
            counted);

        void Record(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "outcome")
                {
                    lock (counted)
                    {
                        counted.Add((instrument.Name, (string)tag.Value!));
                    }
                }
            }
        }
    }
}
