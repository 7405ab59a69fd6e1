using System.Text.Json;
using Mentoring.Abstractions.Events;
using Mentoring.Testing;
using Microsoft.AspNetCore.Http;

namespace Mentoring.Grains.Tests.Webhooks;

/// <summary>Webhook delivery to a real HTTP receiver: retries, order, signatures, dead letters and their replay.</summary>
public sealed class WebhookDeliveryTests(WebhookClusterFixture fixture) : IClassFixture<WebhookClusterFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task A_receiver_that_fails_three_times_gets_each_event_exactly_once_in_order_with_a_valid_signature()
    {
        _receiver.Answer = (_, index) => index < 3 ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        var (tenant, programmeId, _, secret) = await fixture.Client.RegisterAsync("retry", _receiver.Url);

        var events = Enumerable.Range(0, 5).Select(i => fixture.Events.Append(programmeId, i % 2 == 0 ? ProgrammeEventTypes.ParticipantCreated : ProgrammeEventTypes.MatchAccepted)).ToList();
        await Eventually.UntilAsync(() => _receiver.Accepted.Count >= events.Count, Patience, "every event accepted");

        var received = _receiver.Received;
        Assert.Equal(events.Ids(), _receiver.Accepted.Select(r => r.Id));
        Assert.Equal(Enumerable.Repeat(events[0].EventId, 4), received.Take(4).Select(r => r.Id));
        Assert.Equal(events.Count + 3, received.Count);
        Assert.All(received, r => Assert.True(r.IsSignedWith(secret), $"The signature of {r.Id} does not verify."));
        Assert.Equal(events.Select(e => e.Sequence), _receiver.Accepted.Select(r => r.Sequence()));
        var first = JsonDocument.Parse(_receiver.Accepted[0].Body).RootElement;
        Assert.Equal(ProgrammeEventTypes.ParticipantCreated, first.GetProperty("type").GetString());
        Assert.Equal($"programmes/{programmeId}", first.GetProperty("data").GetProperty("programme").GetString());
        Assert.Equal("p1", first.GetProperty("data").GetProperty("participant").GetString());

        var status = await fixture.Client.Delivery(tenant, "e1").GetStatusAsync(CancellationToken.None);
        Assert.Equal((events[^1].EventId, 200, 1), (status.LastAttempt!.EventId, status.LastAttempt.HttpStatus, status.LastAttempt.Attempts));
    }

    [Fact]
    public async Task An_event_that_fails_its_last_retry_becomes_a_dead_letter_later_events_follow_and_a_replay_delivers_it()
    {
        var failing = true;
        string? poisoned = null;
        _receiver.Answer = (request, _) => failing && request.Id == poisoned ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK;
        var (tenant, programmeId, endpointId, secret) = await fixture.Client.RegisterAsync("dead", _receiver.Url);
        var delivery = fixture.Client.Delivery(tenant, endpointId);

        var first = fixture.Events.Append(programmeId, ProgrammeEventTypes.MatchProposed);
        poisoned = first.EventId;
        var later = new[] { fixture.Events.Append(programmeId, ProgrammeEventTypes.MatchAccepted), fixture.Events.Append(programmeId, ProgrammeEventTypes.MatchActive) };
        await Eventually.UntilAsync(() => _receiver.Accepted.Count >= later.Length, Patience, "the later events accepted");

        var attempts = WebhookClusterFixture.RetrySchedule.Length + 1;
        Assert.Equal(Enumerable.Repeat(first.EventId, attempts).Concat(later.Ids()), _receiver.Received.Select(r => r.Id));
        var letter = Assert.Single(await delivery.ListDeadLettersAsync(CancellationToken.None));
        Assert.Equal((first.EventId, 500, attempts), (letter.EventId, letter.LastAttempt.HttpStatus, letter.LastAttempt.Attempts));

        failing = false;
        var replay = await delivery.ReplayAsync(first.EventId, CancellationToken.None);

        Assert.NotNull(replay);
        Assert.True(replay.Succeeded);
        Assert.Equal(first.EventId, _receiver.Accepted[^1].Id);
        Assert.True(_receiver.Accepted[^1].IsSignedWith(secret));
        Assert.Empty(await delivery.ListDeadLettersAsync(CancellationToken.None));
        Assert.Null(await delivery.ReplayAsync(first.EventId, CancellationToken.None));
    }

    [Fact]
    public async Task A_deleted_endpoint_gets_nothing_more()
    {
        var (tenant, programmeId, endpointId, _) = await fixture.Client.RegisterAsync("gone", _receiver.Url);
        var before = fixture.Events.Append(programmeId, ProgrammeEventTypes.RoundPublished);
        await Eventually.UntilAsync(() => _receiver.Accepted.Count == 1, Patience, "the first event accepted");

        Assert.True(await fixture.Client.Endpoint(tenant, endpointId).DeleteAsync(CancellationToken.None));
        fixture.Events.Append(programmeId, ProgrammeEventTypes.RoundPublished);
        var marker = await fixture.Client.RegisterAsync("gone-marker", _receiver.Url);
        var markerEvent = fixture.Events.Append(marker.ProgrammeId, ProgrammeEventTypes.RoundPublished);
        await Eventually.UntilAsync(() => _receiver.Accepted.Any(r => r.Id == markerEvent.EventId), Patience, "another endpoint's event accepted");

        Assert.Equal([before.EventId, markerEvent.EventId], _receiver.Received.Select(r => r.Id));
    }
}
