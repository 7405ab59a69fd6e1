using Mentoring.Abstractions.Events;
using Mentoring.Grains.Tests.Support;
using Mentoring.Testing;

namespace Mentoring.Grains.Tests.Webhooks;

/// <summary>Has its own cluster because it kills a silo.</summary>
public sealed class WebhookSiloFailureTests(WebhookClusterFixture fixture) : IClassFixture<WebhookClusterFixture>
{
    [Fact]
    public async Task Killing_the_silo_that_delivers_loses_no_event_and_a_duplicate_carries_the_same_webhook_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Delay = TimeSpan.FromMilliseconds(20);
        var (tenant, programmeId, endpointId, secret) = await fixture.Client.RegisterAsync("kill", receiver.Url);
        var events = Enumerable.Range(0, 150).Select(_ => fixture.Events.Append(programmeId, ProgrammeEventTypes.ParticipantUpdated)).ToList();
        await Eventually.UntilAsync(() => receiver.Accepted.Count >= 20, TimeSpan.FromSeconds(60), "delivery under way");

        var delivery = fixture.Client.Delivery(tenant, endpointId);
        var placement = await fixture.Client.ActivationsBySiloAsync([delivery]);
        var victim = fixture.Cluster.Cluster.Silos.Single(s => s.SiloAddress.Equals(Assert.Single(placement).Key));
        await fixture.Cluster.Cluster.KillSiloAsync(victim);
        var deliveredAtKill = receiver.Accepted.Count;
        await Eventually.UntilAsync(() => receiver.FirstAcceptances().Count == events.Count, TimeSpan.FromMinutes(2), "every event accepted after the kill");

        Assert.True(deliveredAtKill < events.Count, "The silo was killed after delivery had finished.");
        Assert.Equal(events.Ids(), receiver.FirstAcceptances());
        Assert.All(receiver.Received.GroupBy(r => r.Id), copies =>
        {
            Assert.Single(copies.Select(c => c.Body).Distinct());
            Assert.All(copies, c => Assert.True(c.IsSignedWith(secret)));
        });
        Assert.Subset(events.Ids().ToHashSet(), receiver.Received.Select(r => r.Id).ToHashSet());
    }
}
