using System.Diagnostics;
using System.Diagnostics.Metrics;
using Mentoring.Abstractions.Telemetry;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Telemetry;

/// <summary>Bulk import instruments of the <c>Mentoring</c> meter: items by outcome, and each import's items per second.</summary>
public sealed class ImportMetrics
{
    private static readonly InstrumentAdvice<double> ItemsPerSecond = new()
    {
        HistogramBucketBoundaries = [10, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 25000, 50000, 100000],
    };

    private readonly Counter<long> _participants;
    private readonly Histogram<double> _rate;

    public ImportMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MentoringInstrumentation.Name);
        _participants = meter.CreateCounter<long>("mentoring.import.participants", "{participant}", "Bulk-imported participants, by outcome.");
        _rate = meter.CreateHistogram("mentoring.import.rate", "{participant}/s", "Items per second of one whole ImportParticipants stream.", tags: null, advice: ItemsPerSecond);
    }

    /// <summary>Records one finished import that started at <paramref name="startTimestamp"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    public void Record(ImportParticipantsResponse response, long startTimestamp)
    {
        Add(response.CreatedCount, "created");
        Add(response.UpdatedCount, "updated");
        Add(response.UnchangedCount, "unchanged");
        Add(response.RejectedCount, "rejected");

        var elapsed = Stopwatch.GetElapsedTime(startTimestamp);
        if (response.Results.Count > 0 && elapsed > TimeSpan.Zero)
        {
            _rate.Record(response.Results.Count / elapsed.TotalSeconds);
        }
    }

    private void Add(int count, string outcome)
    {
        if (count > 0)
        {
            _participants.Add(count, new KeyValuePair<string, object?>("outcome", outcome));
        }
    }
}
