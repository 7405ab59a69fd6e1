using System.Globalization;
using System.Net;
using System.Text;

namespace Mentoring.Reports;

/// <summary>
/// An inline SVG chart of labelled horizontal bars, each with its value printed at its end. The label column is as wide
/// as the longest label needs (up to a limit, then labels wrap between words), and the plot leaves room for the widest
/// value, so no text runs past the chart or under a bar.
/// </summary>
public static class HorizontalBarChart
{
    private const int Width = 720;
    private const int MaxLabelWidth = 240;
    private const int MaxLabelLines = 3;
    private const int Pad = 8;
    private const int BarHeight = 18;
    private const int LineHeight = 14;
    private const int Gap = 6;

    /// <summary>Bars scale to <paramref name="scaleMax"/> when given (e.g. 1 for shares), else to the longest bar.</summary>
    public static string Render(string id, string title, IReadOnlyList<ChartBar> bars, double? scaleMax = null)
    {
        var labelWidth = Math.Min(MaxLabelWidth, bars.Select(b => Math.Ceiling(TextMeasure.Width(b.Label))).DefaultIfEmpty(0).Max());
        var valueWidth = bars.Select(b => Math.Ceiling(TextMeasure.Width(b.ValueText))).DefaultIfEmpty(0).Max();
        var labelRight = Pad + labelWidth;
        var plotLeft = labelRight + Pad;
        var plot = Math.Max(40, Width - plotLeft - Pad - valueWidth);
        var labels = bars.Select(b => LabelLines.Fit(b.Label, labelWidth, MaxLabelLines)).ToList();
        var rows = labels.Select(l => Math.Max(BarHeight, l.Count * LineHeight + 4)).ToList();
        var height = Math.Max(BarHeight + Gap, rows.Sum(r => r + Gap)) + Gap;
        var max = scaleMax ?? (bars.Count == 0 ? 1 : Math.Max(bars.Max(b => b.Value), double.Epsilon));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg id=\"{id}\" class=\"chart\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{WebUtility.HtmlEncode(title)}</title>");
        if (bars.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{BarHeight}\" class=\"empty\">none</text>");
        }

        var y = (double)Gap;
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var barY = y + (rows[i] - BarHeight) / 2;
            var length = bar.Value <= 0 ? 0 : Math.Max(1, Math.Min(bar.Value / max, 1) * plot);
            var firstBaseline = y + (rows[i] - labels[i].Count * LineHeight) / 2 + LineHeight - 3;
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{labelRight:0.##}\" y=\"{firstBaseline:0.##}\" text-anchor=\"end\">");
            for (var line = 0; line < labels[i].Count; line++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{labelRight:0.##}\" dy=\"{(line == 0 ? 0 : LineHeight)}\">{WebUtility.HtmlEncode(labels[i][line])}</tspan>");
            }

            svg.Append("</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"bar\" x=\"{plotLeft:0.##}\" y=\"{barY:0.##}\" width=\"{length:0.##}\" height=\"{BarHeight}\"><title>{WebUtility.HtmlEncode(bar.Label)}: {WebUtility.HtmlEncode(bar.ValueText)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"value\" x=\"{plotLeft + length + 6:0.##}\" y=\"{barY + BarHeight - 4:0.##}\">{WebUtility.HtmlEncode(bar.ValueText)}</text>");
            y += rows[i] + Gap;
        }

        return svg.Append("</svg>").ToString();
    }
}
