using System.Globalization;
using System.Net;
using System.Text;

namespace Mentoring.Reports;

/// <summary>An inline SVG chart of vertical columns (a histogram), with counts above and labels below each column, wrapped to its width.</summary>
public static class ColumnChart
{
    private const int Width = 720;
    private const int PlotHeight = 200;
    private const int Top = 20;
    private const int Bottom = 48;
    private const int Left = 10;
    private const int TickLines = 2;

    public static string Render(string id, string title, IReadOnlyList<ChartBar> columns, string axisLabel)
    {
        var height = Top + PlotHeight + Bottom;
        var max = columns.Count == 0 ? 1 : Math.Max(columns.Max(c => c.Value), double.Epsilon);
        var slot = (Width - 2 * Left) / (double)Math.Max(1, columns.Count);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg id=\"{id}\" class=\"chart\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{WebUtility.HtmlEncode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top + PlotHeight}\" x2=\"{Width - Left}\" y2=\"{Top + PlotHeight}\" />");
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var x = Left + i * slot;
            var barHeight = column.Value <= 0 ? 0 : Math.Max(1, column.Value / max * PlotHeight);
            var y = Top + PlotHeight - barHeight;
            var centre = x + slot / 2;
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"bar\" x=\"{x + slot * 0.1:0.##}\" y=\"{y:0.##}\" width=\"{slot * 0.8:0.##}\" height=\"{barHeight:0.##}\"><title>{WebUtility.HtmlEncode(column.Label)}: {WebUtility.HtmlEncode(column.ValueText)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{centre:0.##}\" y=\"{y - 4:0.##}\" text-anchor=\"middle\">{WebUtility.HtmlEncode(column.ValueText)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{centre:0.##}\" y=\"{Top + PlotHeight + 14}\" text-anchor=\"middle\" class=\"tick\">");
            var lines = LabelLines.Fit(column.Label, slot - 4, TickLines);
            for (var line = 0; line < lines.Count; line++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{centre:0.##}\" dy=\"{(line == 0 ? 0 : 12)}\">{WebUtility.HtmlEncode(lines[line])}</tspan>");
            }

            svg.Append("</text>");
        }

        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{Width / 2}\" y=\"{height - 6}\" text-anchor=\"middle\" class=\"axis-label\">{WebUtility.HtmlEncode(axisLabel)}</text>");
        return svg.Append("</svg>").ToString();
    }
}
