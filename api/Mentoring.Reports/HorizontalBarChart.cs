using System.Globalization;
using System.Net;
using System.Text;

namespace Mentoring.Reports;

/// <summary>An inline SVG chart of labelled horizontal bars, each with its value printed at its end.</summary>
public static class HorizontalBarChart
{
    private const int Width = 720;
    private const int LabelWidth = 200;
    private const int ValueWidth = 90;
    private const int BarHeight = 18;
    private const int Gap = 6;

    /// <summary>Bars scale to <paramref name="scaleMax"/> when given (e.g. 1 for shares), else to the longest bar.</summary>
    public static string Render(string id, string title, IReadOnlyList<ChartBar> bars, double? scaleMax = null)
    {
        var height = Math.Max(1, bars.Count) * (BarHeight + Gap) + Gap;
        var max = scaleMax ?? (bars.Count == 0 ? 1 : Math.Max(bars.Max(b => b.Value), double.Epsilon));
        var plot = Width - LabelWidth - ValueWidth;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg id=\"{id}\" class=\"chart\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{WebUtility.HtmlEncode(title)}</title>");
        if (bars.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{BarHeight}\" class=\"empty\">none</text>");
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Gap + i * (BarHeight + Gap);
            var length = bar.Value <= 0 ? 0 : Math.Max(1, bar.Value / max * plot);
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth - 8}\" y=\"{y + BarHeight - 4}\" text-anchor=\"end\">{WebUtility.HtmlEncode(bar.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{length:0.##}\" height=\"{BarHeight}\"><title>{WebUtility.HtmlEncode(bar.Label)}: {WebUtility.HtmlEncode(bar.ValueText)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth + length + 6:0.##}\" y=\"{y + BarHeight - 4}\">{WebUtility.HtmlEncode(bar.ValueText)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }
}
