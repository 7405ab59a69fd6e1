using Mentoring.LoadTests.Receivers;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>
/// Pairs the changes a run made with the webhook deliveries that arrived for them. Repeats of a webhook-id are
/// duplicates (delivery is at least once); per subject, the k-th distinct delivery belongs to the k-th stored change
/// (a subject's changes are far apart, so their events are in order). A stored change with no delivery is lost; a
/// delivery with no stored change left for its subject, or of another type, is unexpected.
/// </summary>
public static class ChangeDeliveries
{
    /// <param name="SentAt">Stopwatch timestamp when the harness sent the change.</param>
    /// <param name="Stored">The change's call succeeded; a failed call may or may not have written.</param>
    public sealed record Change(string Subject, long SentAt, bool Stored);

    public sealed record Tally(
        IReadOnlyList<(Change Change, WebhookArrival Arrival)> Delivered,
        IReadOnlyList<Change> Lost,
        int Received,
        int Distinct,
        int Duplicates,
        int Unexpected,
        int BadSignatures);

    public static Tally Match(IReadOnlyList<Change> changes, IReadOnlyList<WebhookArrival> arrivals, string type, string secret)
    {
        var distinct = arrivals.DistinctBy(a => a.Id).ToList();
        var bySubject = distinct
            .Select(a => (Arrival: a, Content: a.Content()))
            .Where(a => a.Content.Type == type)
            .GroupBy(a => a.Content.Subject, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.Arrival).OrderBy(a => a.ArrivedAt).ToList(), StringComparer.Ordinal);
        var delivered = new List<(Change, WebhookArrival)>();
        var lost = new List<Change>();
        var paired = 0;
        foreach (var subject in changes.Where(c => c.Stored).GroupBy(c => c.Subject, StringComparer.Ordinal))
        {
            var received = bySubject.GetValueOrDefault(subject.Key) ?? [];
            var index = 0;
            foreach (var change in subject.OrderBy(c => c.SentAt))
            {
                if (index < received.Count)
                {
                    delivered.Add((change, received[index++]));
                }
                else
                {
                    lost.Add(change);
                }
            }

            paired += index;
        }

        return new Tally(delivered, lost, arrivals.Count, distinct.Count, arrivals.Count - distinct.Count, distinct.Count - paired,
            arrivals.Count(a => !a.IsSignedWith(secret)));
    }
}
