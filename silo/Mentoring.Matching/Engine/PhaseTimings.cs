namespace Mentoring.Matching;

/// <summary>Wall-clock time of each phase of a round, for metrics and the scale run.</summary>
public sealed record PhaseTimings(TimeSpan Encode, TimeSpan Score, TimeSpan Solve, TimeSpan Explain)
{
    public TimeSpan Total => Encode + Score + Solve + Explain;
}
