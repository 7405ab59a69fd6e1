using System.Globalization;
using System.Text;

namespace Mentoring.LoadTests.Reports;

/// <summary>Renders a run as Markdown: every time figure in a row next to its same-run baseline and the ratio.</summary>
public static class MarkdownReport
{
    public static string Render(RunReport r)
    {
        var md = new StringBuilder();
        Line(md, $"# Load test: {r.Scenario}");
        Line(md);
        Line(md, $"`{r.Command}`");
        Line(md);
        Line(md, $"- Started {r.StartedUtc:u}, finished {r.FinishedUtc:u} ({(r.FinishedUtc - r.StartedUtc).TotalSeconds:F0} s)");
        Line(md, $"- Topology: {r.Topology}; target {r.Target}");
        Line(md, $"- Machine: {r.Machine.Cores} cores, {r.Machine.Os}, {r.Machine.Runtime}; load average (1/5/15 min) {r.Machine.LoadAverageAtStart} at start, {r.Machine.LoadAverageAtEnd} at end");
        if (r.Failure is not null)
        {
            Line(md, $"- **The scenario failed before its end:** {r.Failure}");
        }

        Line(md, "- Other work may share these cores: compare the ratios to the same-run baselines, not absolute times across runs.");

        Section(md, "Parameters", ["parameter", "value"], r.Parameters.Select(p => new[] { p.Key, p.Value }));
        Section(md, "Programme", ["programme", "seed", "participants", "mentees", "mentors", "peers", "with ranked choices", "generated in"],
            r.Programmes.Select(p => new[] { p.Name, N(p.Seed), N(p.Participants), N(p.Mentees), N(p.Mentors), N(p.Peers), N(p.WithRankedChoices), $"{F(p.GenerationSeconds)} s" }));

        Section(md, "Latency (ms) against the same-run baseline",
            ["operation", "requests", "ok", "errors", "per s", "p50", "p90", "p99", "p99.9", "max"],
            r.Latencies.SelectMany(LatencyRows));

        Section(md, "Durations against the same-run baseline", ["what", "seconds", "baseline", "baseline seconds", "ratio", "detail"],
            r.Timings.Select(t => new[] { t.Name, F(t.Seconds), t.BaselineDescription, F(t.BaselineSeconds), $"{F(t.Ratio)}x", t.Detail }));

        var errors = r.Latencies.SelectMany(l => new[] { l.Measured, l.Baseline })
            .SelectMany(o => o.ErrorsByStatus.Select(e => new[] { o.Name, e.Key, N(e.Value) })).ToList();
        Section(md, "Errors by gRPC status code", ["operation", "status", "count"], errors, empty: "No errors.");

        Section(md, "Peak memory per process", ["process", "pid", "peak RSS (VmHWM) MB", "first RSS MB", "last RSS MB", "samples"],
            r.Processes.Select(p => new[] { p.Name, p.Pid.ToString(CultureInfo.InvariantCulture), F(p.PeakRssMb, "F0"), F(p.FirstRssMb, "F0"), F(p.LastRssMb, "F0"), N(p.Samples) }));

        if (r.Windows.Count > 0)
        {
            var processes = r.Windows.SelectMany(w => w.RssMb.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
            Section(md, "Windows", ["window", "seconds", "operation", "requests", "errors", "p50", "p99", "max", .. processes.Select(p => $"{p} RSS MB")],
                r.Windows.SelectMany(w => w.Operations.Select(o => (string[])
                [
                    N(w.Index), $"{Second(w.FromSecond)}-{Second(w.ToSecond)}", o.Name, N(o.Requests), N(o.Requests - o.Succeeded),
                    F(o.Latency?.P50Ms), F(o.Latency?.P99Ms), F(o.Latency?.MaxMs),
                    .. processes.Select(p => w.RssMb.TryGetValue(p, out var mb) ? F(mb, "F0") : "-"),
                ])));
        }

        if (r.Deliveries.Count > 0)
        {
            Section(md, "Deliveries", ["what", "expected", "received", "distinct", "lost", "duplicates", "unexpected", "seconds", "distinct per s", "detail"],
                r.Deliveries.Select(d => new[]
                {
                    d.Name, N(d.Expected), N(d.Received), N(d.Distinct), N(d.Lost), N(d.Duplicates), N(d.Unexpected), F(d.Seconds), F(d.PerSecond, "F1"), d.Detail,
                }));
        }

        Section(md, "Targets", ["target", "measured", "status"], r.Targets.Select(t => new[] { t.Target, t.Measured, t.Met ? "met" : "**missed**" }),
            empty: "No target applies to this scenario.");

        if (r.Notes.Count > 0)
        {
            Line(md);
            Line(md, "## Notes");
            Line(md);
            foreach (var note in r.Notes)
            {
                Line(md, $"- {note}");
            }
        }

        return md.ToString();
    }

    private static IEnumerable<string[]> LatencyRows(LatencyComparison c)
    {
        yield return Row(c.Measured.Name, c.Measured);
        yield return Row($"baseline: {c.BaselineDescription}", c.Baseline);
        if (c.Ratios is { } ratio)
        {
            yield return ["ratio measured / baseline", "", "", "", "", $"{F(ratio.P50)}x", $"{F(ratio.P90)}x", $"{F(ratio.P99)}x", $"{F(ratio.P999)}x", $"{F(ratio.Max)}x"];
        }
    }

    private static string[] Row(string name, OperationFigures o) =>
    [
        name, N(o.Requests), N(o.Succeeded), N(o.Requests - o.Succeeded), F(o.ThroughputPerSecond, "F1"),
        F(o.Latency?.P50Ms), F(o.Latency?.P90Ms), F(o.Latency?.P99Ms), F(o.Latency?.P999Ms), F(o.Latency?.MaxMs),
    ];

    private static void Section(StringBuilder md, string title, string[] headers, IEnumerable<string[]> rows, string empty = "None.")
    {
        Line(md);
        Line(md, $"## {title}");
        Line(md);
        var list = rows.ToList();
        if (list.Count == 0)
        {
            Line(md, empty);
            return;
        }

        Line(md, $"| {string.Join(" | ", headers)} |");
        Line(md, $"|{string.Concat(headers.Select(_ => "---|"))}");
        foreach (var row in list)
        {
            Line(md, $"| {string.Join(" | ", row.Select(cell => cell.Replace("|", "\\|", StringComparison.Ordinal)))} |");
        }
    }

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');

    // Whole seconds (fixed windows) as such; a window cut by a round's phases to a tenth.
    private static string Second(double value) => value.ToString(value == Math.Floor(value) ? "F0" : "F1", CultureInfo.InvariantCulture);

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double? value, string format = "F2") => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";
}
