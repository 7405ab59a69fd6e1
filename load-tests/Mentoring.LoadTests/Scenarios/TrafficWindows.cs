using System.Globalization;
using Mentoring.LoadTests.Reports;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>
/// The traffic's calls per time window (by when each was due), with every process's resident memory at the window's
/// end where it was sampled: shows warm-up, drift and growth that one figure over the whole run hides.
/// </summary>
public static class TrafficWindows
{
    public static void Add(RunReport report, ServiceTraffic traffic, TimeSpan window, IReadOnlyDictionary<int, IReadOnlyDictionary<string, long>>? rss = null)
    {
        var recommendations = traffic.Recommendations.Windows().ToDictionary(w => w.Index, w => w.Figures);
        var updates = traffic.Updates.Windows().ToDictionary(w => w.Index, w => w.Figures);
        foreach (var index in recommendations.Keys.Union(updates.Keys).Order())
        {
            var operations = new[] { recommendations.GetValueOrDefault(index), updates.GetValueOrDefault(index) }.OfType<OperationFigures>().ToList();
            var memory = rss is not null && rss.TryGetValue(index, out var sample)
                ? sample.ToDictionary(s => s.Key, s => Math.Round(s.Value / (1024.0 * 1024), 1))
                : [];
            report.Windows.Add(new TrafficWindow(index, (index * window).TotalSeconds, ((index + 1) * window).TotalSeconds, operations, memory));
        }

        if (report.Windows.Count >= 2 && recommendations.Count >= 2)
        {
            var first = recommendations[recommendations.Keys.Min()].Latency;
            var last = recommendations[recommendations.Keys.Max()].Latency;
            report.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Recommendation p99 in the first window {first?.P99Ms:F2} ms, in the last {last?.P99Ms:F2} ms."));
            var firstRss = report.Windows[0].RssMb;
            var lastRss = report.Windows[^1].RssMb;
            foreach (var process in firstRss.Keys.Intersect(lastRss.Keys).Order(StringComparer.Ordinal))
            {
                report.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{process}: resident {firstRss[process]:F0} MB after the first window, {lastRss[process]:F0} MB after the last."));
            }
        }
    }
}
