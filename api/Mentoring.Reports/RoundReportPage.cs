using System.Globalization;
using System.Net;
using System.Text;
using Mentoring.Contracts.V1;

namespace Mentoring.Reports;

/// <summary>
/// Renders a round as one self-contained HTML page: summary figures, inline SVG charts and a sortable table of matches.
/// Pure: the same input gives the same page, and the page fetches nothing.
/// </summary>
public static class RoundReportPage
{
    public static string Render(RoundReportInput input)
    {
        var round = input.Round;
        var report = round.Report;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>Round report: {Encode(round.Name)}</title>\n");
        html.Append("<style>\n").Append(ReportAssets.Stylesheet).Append("</style>\n</head>\n<body>\n");

        html.Append(CultureInfo.InvariantCulture, $"<h1>Round report: {Encode(Title(input))}</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"subtitle\">{Encode(round.Name)} · {Encode(StateText(round))}{(round.DryRun ? " · dry run (nothing published)" : "")}{OwnPolicyText(round)}{EndText(round)}</p>\n");

        AppendFigures(html, round, input.Matches.Count);
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\" id=\"score-reading\">{Encode(ScoreReading.Explain(report))}</p>\n");

        Section(html, "Match scores", ColumnChart.Render("chart-scores", "Histogram of match scores", RoundFigures.ScoreHistogram(input.Matches), "match score"));
        var load = input.MentorCapacities is { Count: > 0 } capacities
            ? HorizontalBarChart.Render("chart-capacity", "Mentor load against capacity", RoundFigures.MentorLoadAgainstCapacity(input.Matches, capacities), scaleMax: 1)
              + "<p class=\"note\">Each bar: the share of the slots offered by mentors of that capacity that this round filled.</p>"
            : "";
        Section(html, "Mentor load", load + HorizontalBarChart.Render("chart-load", "Mentors by number of mentees", RoundFigures.MentorLoadHistogram(report)));
        Section(html, "Unmatched mentees by reason", HorizontalBarChart.Render("chart-unmatched", "Unmatched mentees by reason", RoundFigures.UnmatchedByReason(report)));
        // A dry run with a policy of its own was scored with that policy's weights, not the programme's.
        var weights = (round.Policy ?? input.Programme?.Policy)?.Weights;
        var weighted = weights is not null;
        Section(html, "Score components", HorizontalBarChart.Render("chart-components", "Average contribution of each score component", RoundFigures.ComponentContributions(input.Matches, weights))
            + (weighted
                ? "<p class=\"note\">Average contribution to a match's score: mean component value × weight ÷ sum of weights.</p>"
                : "<p class=\"note\">Mean component value (0..1); the programme's weights were not available.</p>"));

        AppendMatchTable(html, input.Matches, input.DisplayNames);
        AppendUnmatchedTable(html, input.Unmatched, input.DisplayNames);
        html.Append("<script>\n").Append(ReportAssets.SortableTableScript).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string OwnPolicyText(Round round) => round.Policy is { } policy
        ? string.Create(CultureInfo.InvariantCulture,
            $" · its own policy: maximum time-zone distance {policy.MaxTimeZoneDistanceHours} h, minimum overlap {policy.MinimumOverlapHours} h a week, minimum score {policy.MinimumScore:0.00}")
        : "";

    private static void AppendFigures(StringBuilder html, Round round, int listedMatches)
    {
        var report = round.Report;
        html.Append("<section>\n<h2>Summary</h2>\n<div class=\"figures\">\n");
        if (report is null)
        {
            Figure(html, "matches", listedMatches.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            Figure(html, "mentees", report.MenteeCount.ToString("N0", CultureInfo.InvariantCulture));
            Figure(html, "mentors", report.MentorCount.ToString("N0", CultureInfo.InvariantCulture));
            Figure(html, "matched", report.MatchedCount.ToString("N0", CultureInfo.InvariantCulture));
            Figure(html, "match rate", report.MatchRate.ToString("P1", CultureInfo.InvariantCulture));
            Figure(html, "mean score", report.MeanScore.ToString("0.000", CultureInfo.InvariantCulture));
            Figure(html, "p10 / p50 / p90", string.Create(CultureInfo.InvariantCulture, $"{report.P10Score:0.00} / {report.P50Score:0.00} / {report.P90Score:0.00}"));
            Figure(html, "total score", report.TotalScore.ToString("0.0", CultureInfo.InvariantCulture));
        }

        if (round.Progress?.Elapsed is { } elapsed)
        {
            Figure(html, "run time", elapsed.ToTimeSpan().ToString(@"h\:mm\:ss\.f", CultureInfo.InvariantCulture));
        }

        html.Append("</div>\n</section>\n");
    }

    private static void AppendMatchTable(StringBuilder html, IReadOnlyList<RoundMatch> matches, IReadOnlyDictionary<string, string>? names)
    {
        html.Append("<section>\n<h2>Matches</h2>\n");
        html.Append("<p class=\"note\">Click a column heading to sort.</p>\n");
        html.Append("<table id=\"matches\" class=\"sortable\">\n<thead><tr>");
        html.Append("<th data-sort=\"text\">Mentee</th><th data-sort=\"text\">Mentor</th><th data-sort=\"number\" class=\"number\">Score</th><th data-sort=\"text\">Reasons</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var match in matches)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr>{Person(match.Mentee, names)}{Person(match.Mentor, names)}<td class=\"number\" data-value=\"{match.Score.ToString("R", CultureInfo.InvariantCulture)}\">{match.Score:0.000}</td><td>{Encode(string.Join("; ", match.Reasons))}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void AppendUnmatchedTable(StringBuilder html, IReadOnlyList<UnmatchedMentee> unmatched, IReadOnlyDictionary<string, string>? names)
    {
        html.Append("<section>\n<h2>Unmatched mentees</h2>\n");
        if (unmatched.Count == 0)
        {
            html.Append("<p class=\"note\">Every mentee was matched.</p>\n</section>\n");
            return;
        }

        var count = unmatched.Count == 1 ? "1 mentee" : string.Create(CultureInfo.InvariantCulture, $"{unmatched.Count:N0} mentees");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{count} without a mentor, each with the rule that ruled out the most mentors.</p>\n");
        html.Append("<table id=\"unmatched\" class=\"sortable\">\n<thead><tr><th data-sort=\"text\">Mentee</th><th data-sort=\"text\">Reason</th></tr></thead>\n<tbody>\n");
        foreach (var mentee in unmatched)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr>{Person(mentee.Mentee, names)}<td>{Encode(mentee.Reason)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>A table cell with the person's name and, beside it, their id; sorted by name.</summary>
    private static string Person(string resourceName, IReadOnlyDictionary<string, string>? names)
    {
        var id = ShortName(resourceName);
        return names?.GetValueOrDefault(resourceName) is { Length: > 0 } name
            ? $"<td data-value=\"{Encode(name)}\">{Encode(name)} <span class=\"id\">{Encode(id)}</span></td>"
            : $"<td>{Encode(id)}</td>";
    }

    private static void Section(StringBuilder html, string heading, string body) =>
        html.Append(CultureInfo.InvariantCulture, $"<section>\n<h2>{Encode(heading)}</h2>\n{body}\n</section>\n");

    private static void Figure(StringBuilder html, string label, string value) =>
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"figure\"><div class=\"value\">{Encode(value)}</div><div class=\"label\">{Encode(label)}</div></div>\n");

    private static string Title(RoundReportInput input) =>
        input.Programme is { DisplayName.Length: > 0 } programme ? programme.DisplayName : input.Round.Name;

    private static string StateText(Round round) =>
        round.State.ToString().ToUpperInvariant();

    private static string EndText(Round round) =>
        round.EndTime is { } end ? " · finished " + Encode(end.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)) : "";

    /// <summary>The participant id, the last segment of its resource name: what admins know people by in their spreadsheets.</summary>
    public static string ShortName(string resourceName) =>
        resourceName[(resourceName.LastIndexOf('/') + 1)..];

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
