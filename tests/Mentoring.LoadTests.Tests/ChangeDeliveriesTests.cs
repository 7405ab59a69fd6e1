using System.Security.Cryptography;
using System.Text;
using Mentoring.LoadTests.Receivers;
using Mentoring.LoadTests.Scenarios;

namespace Mentoring.LoadTests.Tests;

public sealed class ChangeDeliveriesTests
{
    private static readonly string Secret = "whsec_" + Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public void Pairs_each_stored_change_with_the_next_distinct_delivery_of_its_subject_and_counts_repeats_as_duplicates()
    {
        var changes = new[] { Change("p/a", 10), Change("p/b", 20), Change("p/a", 30) };
        var arrivals = new[]
        {
            Arrival("evt_1", "p/a", 15), Arrival("evt_2", "p/b", 25), Arrival("evt_1", "p/a", 26), Arrival("evt_3", "p/a", 40),
        };

        var tally = ChangeDeliveries.Match(changes, arrivals, "participant.updated", Secret);

        Assert.Equal([(10L, 15L), (30L, 40L), (20L, 25L)], tally.Delivered.Select(d => (d.Change.SentAt, d.Arrival.ArrivedAt)));
        Assert.Empty(tally.Lost);
        Assert.Equal((4, 3, 1, 0, 0), (tally.Received, tally.Distinct, tally.Duplicates, tally.Unexpected, tally.BadSignatures));
    }

    [Fact]
    public void A_stored_change_without_a_delivery_is_lost_and_a_delivery_without_a_stored_change_is_unexpected()
    {
        var changes = new[] { Change("p/a", 10), Change("p/b", 20), Change("p/c", 30, stored: false) };
        var arrivals = new[] { Arrival("evt_1", "p/a", 15), Arrival("evt_2", "p/c", 35), Arrival("evt_3", "p/a", 36, type: "participant.created") };

        var tally = ChangeDeliveries.Match(changes, arrivals, "participant.updated", Secret);

        Assert.Equal("p/b", Assert.Single(tally.Lost).Subject);
        Assert.Equal(2, tally.Unexpected);
    }

    [Fact]
    public void A_delivery_whose_signature_does_not_match_the_secret_is_counted()
    {
        var forged = Arrival("evt_1", "p/a", 15) with { Signature = "v1,AAAA" };

        var tally = ChangeDeliveries.Match([Change("p/a", 10)], [forged, Arrival("evt_2", "p/b", 16)], "participant.updated", Secret);

        Assert.Equal(1, tally.BadSignatures);
    }

    private static ChangeDeliveries.Change Change(string subject, long sentAt, bool stored = true) => new(subject, sentAt, stored);

    private static WebhookArrival Arrival(string id, string subject, long arrivedAt, string type = "participant.updated")
    {
        var body = $$$"""{"type":"{{{type}}}","timestamp":"2026-12-03T12:00:00.0000000Z","data":{"subject":"{{{subject}}}"}}""";
        const string timestamp = "1796385600";
        var key = Convert.FromBase64String(Secret["whsec_".Length..]);
        var signature = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
        return new WebhookArrival(arrivedAt, id, timestamp, signature, body);
    }
}
