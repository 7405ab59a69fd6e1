using System.Diagnostics;
using System.Diagnostics.Metrics;
using Mentoring.Abstractions.Rounds;
using Mentoring.Abstractions.Telemetry;

namespace Mentoring.Grains.Telemetry;

/// <summary>
/// Round instruments of the <c>Mentoring</c> meter: phase durations, pairs scored (a counter per work item and a
/// per-round rate), match rate per round, and the rounds running on this silo.
/// </summary>
public sealed class RoundMetrics
{
    private static readonly InstrumentAdvice<double> PhaseSeconds = new()
    {
        HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800],
    };

    private static readonly InstrumentAdvice<double> PairsPerSecond = new()
    {
        HistogramBucketBoundaries = [1e4, 1e5, 1e6, 5e6, 1e7, 5e7, 1e8, 5e8, 1e9],
    };

    private static readonly InstrumentAdvice<double> Ratio = new()
    {
        HistogramBucketBoundaries = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1],
    };

    private readonly Histogram<double> _phaseDuration;
    private readonly Counter<long> _pairsScored;
    private readonly Histogram<double> _scoringRate;
    private readonly Histogram<double> _matchRate;
    private readonly UpDownCounter<long> _active;
    private readonly Counter<long> _finished;

    public RoundMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MentoringInstrumentation.Name);
        _phaseDuration = meter.CreateHistogram("mentoring.round.phase.duration", "s", "Time a round spent in one phase.", tags: null, advice: PhaseSeconds);
        _pairsScored = meter.CreateCounter<long>("mentoring.round.pairs_scored", "{pair}", "Mentee-mentor pairs scored by work items on this silo.");
        _scoringRate = meter.CreateHistogram("mentoring.round.scoring.rate", "{pair}/s", "Pairs scored per second over a round's whole scoring phase.", tags: null, advice: PairsPerSecond);
        _matchRate = meter.CreateHistogram("mentoring.round.match_rate", "1", "Share of a done round's mentees that were matched.", tags: null, advice: Ratio);
        _active = meter.CreateUpDownCounter<long>("mentoring.round.active", "{round}", "Rounds whose coordinator is running on this silo.");
        _finished = meter.CreateCounter<long>("mentoring.round.finished", "{round}", "Rounds that reached a final phase, by phase.");
    }

    /// <summary>Starts timing one run of a round; dispose it when the run ends, however it ends.</summary>
    public RoundRun StartRun(RoundSpec spec) => new(this, spec);

    /// <summary>Called by a work item for the pairs it scored.</summary>
    public void RecordPairsScored(long pairs) => _pairsScored.Add(pairs);

    internal void RecordPhase(RoundPhase phase, TimeSpan elapsed) =>
        _phaseDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("phase", Phases.Name(phase)));

    internal void RecordScoring(long pairs, TimeSpan elapsed)
    {
        if (pairs > 0 && elapsed > TimeSpan.Zero)
        {
            _scoringRate.Record(pairs / elapsed.TotalSeconds);
        }
    }

    internal void RecordFinished(RoundPhase phase, double? matchRate)
    {
        _finished.Add(1, new KeyValuePair<string, object?>("phase", Phases.Name(phase)));
        if (matchRate is { } rate)
        {
            _matchRate.Record(rate);
        }
    }

    internal void RunStarted() => _active.Add(1);

    internal void RunEnded() => _active.Add(-1);

    private static class Phases
    {
        // Lower-case tag values, allocated once.
        private static readonly string[] Names = Enum.GetNames<RoundPhase>().Select(n => n.ToLowerInvariant()).ToArray();

        public static string Name(RoundPhase phase) => (int)phase < Names.Length ? Names[(int)phase] : phase.ToString();
    }
}
