using System.Globalization;
using Mentoring.Contracts.V1;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>Turns the moments a watcher first saw each round state into the time spent in each, for the report.</summary>
public static class PhaseTimeline
{
    /// <summary>e.g. "snapshot 1.21 s, scoring 3.40 s, solving 2.02 s" (the final state has no duration).</summary>
    public static string Describe(IReadOnlyList<(RoundState State, TimeSpan Seen)> phases) =>
        string.Join(", ", phases.Zip(phases.Skip(1), (phase, next) =>
            string.Create(CultureInfo.InvariantCulture, $"{phase.State.ToString().ToLowerInvariant()} {(next.Seen - phase.Seen).TotalSeconds:F2} s")));
}
