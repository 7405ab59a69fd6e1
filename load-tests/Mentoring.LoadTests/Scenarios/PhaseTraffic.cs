using System.Diagnostics;
using Mentoring.Contracts.V1;
using Mentoring.LoadTests.Measurement;
using Mentoring.LoadTests.Reports;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>
/// The interactive traffic cut by the phases of a round that ran during it: before the round, each phase as WatchRound
/// first showed it (200 ms resolution), and after it. Shows which part of a round the slow calls fall in.
/// </summary>
public static class PhaseTraffic
{
    public static void Add(RunReport report, ServiceTraffic traffic, RoundRunner.Outcome round, TimeSpan duration)
    {
        var roundStart = Stopwatch.GetElapsedTime(traffic.StartedTimestamp, round.StartedTimestamp);
        report.Windows.AddRange(Cut([traffic.Recommendations, traffic.Updates], roundStart, round.Phases, duration));
        report.Notes.Add("Windows: the traffic by when each call was due, cut by the phases of the round that ran during it " +
            "(WatchRound's first sight of each state, 200 ms resolution).");
    }

    /// <param name="roundStart">When the round started, counted like the calls' due times.</param>
    /// <param name="phases">Each state and when it was first seen, counted from <paramref name="roundStart"/>; the last is final.</param>
    public static IReadOnlyList<TrafficWindow> Cut(
        IReadOnlyList<LatencyRecorder> recorders, TimeSpan roundStart, IReadOnlyList<(RoundState State, TimeSpan Seen)> phases, TimeSpan duration)
    {
        var spans = new List<(string Label, TimeSpan From, TimeSpan To)> { ("before the round", TimeSpan.Zero, roundStart) };
        for (var i = 0; i < phases.Count; i++)
        {
            var last = i == phases.Count - 1;
            var from = i == 0 ? roundStart : roundStart + phases[i].Seen;
            var to = last ? duration : roundStart + phases[i + 1].Seen;
            var state = phases[i].State.ToString().ToLowerInvariant();
            spans.Add((last ? $"after the round ({state})" : state, from, to));
        }

        var samples = recorders.Select(r => (r.Name, Samples: r.Samples)).ToList();
        var windows = new List<TrafficWindow>();
        foreach (var (label, from, to) in spans.Where(s => s.To > s.From))
        {
            var operations = new List<OperationFigures>();
            foreach (var (name, all) in samples)
            {
                var cut = new LatencyRecorder($"{name} during {label}");
                foreach (var sample in all.Where(s => s.Due >= from && s.Due < to))
                {
                    if (sample.FailedWith is { } status)
                    {
                        cut.RecordError(status);
                    }
                    else
                    {
                        cut.RecordSuccess(sample.Microseconds);
                    }
                }

                if (cut.Succeeded + cut.Failed > 0)
                {
                    operations.Add(cut.Summarise(to - from));
                }
            }

            windows.Add(new TrafficWindow(windows.Count, from.TotalSeconds, to.TotalSeconds, operations, new Dictionary<string, double>()));
        }

        return windows;
    }
}
