using System.Diagnostics;
using Mentoring.Abstractions.Rounds;
using Mentoring.Abstractions.Telemetry;

namespace Mentoring.Grains.Telemetry;

/// <summary>
/// One run of a round as telemetry sees it: a "round" span that parents every call the run makes, the time spent in
/// each phase, and the run counted as active until disposed.
/// </summary>
public sealed class RoundRun : IDisposable
{
    private readonly RoundMetrics _metrics;
    private readonly Activity? _activity;
    private RoundPhase? _phase;
    private long _phaseStarted;
    private bool _disposed;

    internal RoundRun(RoundMetrics metrics, RoundSpec spec)
    {
        _metrics = metrics;

        // Started in a synchronous call, so it becomes Activity.Current for the rest of the caller's run.
        _activity = MentoringInstrumentation.Activities.StartActivity("round");
        _activity?.SetTag("mentoring.programme", spec.ProgrammeId);
        _activity?.SetTag("mentoring.round", spec.RoundId);
        _metrics.RunStarted();
    }

    /// <summary>Ends the current phase (recording its duration) and starts <paramref name="phase"/>.</summary>
    public void Enter(RoundPhase phase, long pairsScored)
    {
        var elapsed = EndPhase(pairsScored);
        _phase = phase;
        _phaseStarted = Stopwatch.GetTimestamp();
        _activity?.AddEvent(new ActivityEvent(phase.ToString(), tags: new ActivityTagsCollection { ["previous.duration_s"] = elapsed?.TotalSeconds }));
    }

    /// <summary>Records the final phase; <paramref name="matchRate"/> is the report's, for a done round.</summary>
    public void Finish(RoundPhase phase, long pairsScored, double? matchRate)
    {
        EndPhase(pairsScored);
        _metrics.RecordFinished(phase, matchRate);
        _activity?.SetTag("mentoring.round.phase", phase.ToString());
        if (phase == RoundPhase.Failed)
        {
            _activity?.SetStatus(ActivityStatusCode.Error);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _metrics.RunEnded();
        _activity?.Dispose();
    }

    private TimeSpan? EndPhase(long pairsScored)
    {
        if (_phase is not { } phase)
        {
            return null;
        }

        var elapsed = Stopwatch.GetElapsedTime(_phaseStarted);
        _metrics.RecordPhase(phase, elapsed);
        if (phase == RoundPhase.Scoring)
        {
            _metrics.RecordScoring(pairsScored, elapsed);
        }

        _phase = null;
        return elapsed;
    }
}
