using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Mentoring.Cli.Tests.Infrastructure;
using Mentoring.Reports;

namespace Mentoring.Cli.Tests;

/// <summary>The rendered report: names beside ids, the unmatched list, how to read a score, and chart text that fits.</summary>
public sealed partial class RoundReportPageTests
{
    private const int MatchCount = 40;
    private static readonly RoundReportInput Input = SampleReports.Round(MatchCount);
    private static readonly string Html = RoundReportPage.Render(Input);

    [Fact]
    public void Every_match_shows_both_names_beside_their_ids()
    {
        foreach (var match in Input.Matches)
        {
            foreach (var person in new[] { match.Mentee, match.Mentor })
            {
                var cell = $">{WebUtility.HtmlEncode(SampleReports.DisplayName(person))} <span class=\"id\">{RoundReportPage.ShortName(person)}</span></td>";
                Assert.Contains(cell, Html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_unmatched_mentee_is_listed_by_name_with_their_reason()
    {
        var table = Html[Html.IndexOf("<table id=\"unmatched\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Equal(Input.Unmatched.Count, Regex.Count(table, "<tr><td"));
        foreach (var mentee in Input.Unmatched)
        {
            Assert.Contains(
                $"{WebUtility.HtmlEncode(SampleReports.DisplayName(mentee.Mentee))} <span class=\"id\">{RoundReportPage.ShortName(mentee.Mentee)}</span></td><td>{WebUtility.HtmlEncode(mentee.Reason)}</td>",
                table, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_dry_run_with_a_policy_of_its_own_names_its_hard_rules_and_weighs_the_components_with_its_weights()
    {
        var weights = Input.Programme!.Policy.Weights.Clone();
        weights.Skills = 0.5;
        weights.Goals = 4;
        var round = Input.Round.Clone();
        round.DryRun = true;
        round.Policy = new Contracts.V1.MatchingPolicy { Weights = weights, MaxTimeZoneDistanceHours = 3, MinimumOverlapHours = 1, MinimumScore = 0.2 };

        var html = RoundReportPage.Render(Input with { Round = round });

        Assert.Contains("its own policy: maximum time-zone distance 3 h, minimum overlap 1 h a week, minimum score 0.20", html, StringComparison.Ordinal);
        var programmeWithThoseWeights = Input.Programme.Clone();
        programmeWithThoseWeights.Policy.Weights = weights;
        Assert.Equal(ComponentChart(RoundReportPage.Render(Input with { Programme = programmeWithThoseWeights })), ComponentChart(html));
        Assert.NotEqual(ComponentChart(Html), ComponentChart(html));
        Assert.DoesNotContain("its own policy", Html, StringComparison.Ordinal);
    }

    private static string ComponentChart(string html)
    {
        var chart = html[html.IndexOf("chart-components", StringComparison.Ordinal)..];
        return chart[..chart.IndexOf("</svg>", StringComparison.Ordinal)];
    }

    [Fact]
    public void A_report_without_names_shows_the_ids()
    {
        var html = RoundReportPage.Render(Input with { DisplayNames = null });
        Assert.Contains($"<td>{RoundReportPage.ShortName(Input.Matches[0].Mentee)}</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Lindqvist-Okonkwo", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_says_how_to_read_a_score_with_this_rounds_mean()
    {
        var mean = Input.Round.Report.MeanScore.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        var line = ScoreReading.Explain(Input.Round.Report);
        Assert.Contains(WebUtility.HtmlEncode(line), Html, StringComparison.Ordinal);
        Assert.Contains("weighted mean", line, StringComparison.Ordinal);
        Assert.Contains($"mean score of {mean}", line, StringComparison.Ordinal);
    }

    [Fact]
    public void No_chart_text_runs_past_its_chart_by_the_text_measure()
    {
        foreach (var svg in Charts())
        {
            var width = double.Parse(svg.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            foreach (var text in svg.Descendants(Svg + "text"))
            {
                foreach (var (x, line) in Lines(text))
                {
                    var measured = TextMeasure.Width(line);
                    var (left, right) = (string?)text.Attribute("text-anchor") switch
                    {
                        "end" => (x - measured, x),
                        "middle" => (x - (measured / 2), x + (measured / 2)),
                        _ => (x, x + measured),
                    };
                    Assert.True(left >= 0 && right <= width, $"{svg.Attribute("id")}: \"{line}\" spans {left:0.#}..{right:0.#} of {width}");
                }
            }
        }
    }

    [Fact]
    public void Bar_labels_wrap_between_words_and_keep_every_word()
    {
        var labels = Charts().Where(s => (string?)s.Attribute("id") is "chart-unmatched" or "chart-capacity")
            .SelectMany(s => s.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "label"))
            .Select(t => string.Join(' ', Lines(t).Select(l => l.Line)))
            .ToList();

        Assert.Contains("mentor: time zones too far apart for the mentee's maximum distance", labels);
        Assert.Contains(labels, l => l.StartsWith("capacity 4 (", StringComparison.Ordinal));
        var values = Charts().Single(s => (string?)s.Attribute("id") == "chart-capacity")
            .Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "value").Select(t => t.Value).ToList();
        Assert.All(values, v => Assert.Matches(@"^\d+ of \d+ slots \(\d+ ?%\)$", v));
    }

    [Fact]
    public void A_label_too_long_for_three_lines_ends_in_an_ellipsis_after_a_whole_word()
    {
        var words = Enumerable.Repeat("matching", 40).ToArray();

        var lines = LabelLines.Fit(string.Join(' ', words), 120, 3);

        Assert.Equal(3, lines.Count);
        Assert.EndsWith("matching…", lines[^1], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(TextMeasure.Width(l) <= 120, l));
        Assert.All(lines.SelectMany(l => l.TrimEnd('…').Split(' ')), w => Assert.Equal("matching", w));
    }

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static IEnumerable<XElement> Charts() =>
        SvgBlock().Matches(Html).Select(m => XElement.Parse(m.Value));

    /// <summary>Each drawn line of a text element with its x: its tspans, or the element itself.</summary>
    private static IEnumerable<(double X, string Line)> Lines(XElement text)
    {
        var spans = text.Elements(Svg + "tspan").ToList();
        return spans.Count == 0
            ? [(X(text), text.Value)]
            : spans.Select(s => (X(s), s.Value));
    }

    private static double X(XElement element) =>
        double.Parse(element.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("<svg .*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgBlock();
}
