using System.Diagnostics;
using Mentoring.Matching;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>
/// The same round run by the matching library inside the harness process, on the same participants: once cold
/// (the engine's code not yet compiled, as in a service's first round) and once warm. Run after the load phases,
/// so it never competes with them.
/// </summary>
public sealed class InProcessBaseline(LoadedProgramme programme)
{
    private readonly MatchingEngine _engine = new();
    private (TimeSpan Elapsed, int Matched, PhaseTimings Phases)? _cold;
    private (TimeSpan Elapsed, int Matched, PhaseTimings Phases)? _warm;

    public (TimeSpan Elapsed, int Matched, PhaseTimings Phases) Cold => _cold ??= Run();

    public (TimeSpan Elapsed, int Matched, PhaseTimings Phases) Warm
    {
        get
        {
            _ = Cold;
            return _warm ??= Run();
        }
    }

    /// <summary>The baseline for the n-th round of a run (1-based): the first round is compared with a cold engine.</summary>
    public (TimeSpan Elapsed, int Matched, string Description, PhaseTimings Phases) For(int roundNumber) =>
        roundNumber == 1 ? (Cold.Elapsed, Cold.Matched, "in-process engine, cold", Cold.Phases) : (Warm.Elapsed, Warm.Matched, "in-process engine, warm", Warm.Phases);

    private (TimeSpan, int, PhaseTimings) Run()
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var result = _engine.Run(new MatchingRequest(programme.Data.Programme, programme.Data.Participants));
        return (clock.Elapsed, result.Summary.MatchedCount, result.Timings);
    }
}
