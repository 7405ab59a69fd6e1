namespace Mentoring.Reports;

/// <summary>
/// The width a line of chart text takes, from Arial's advance widths per character (1/1000 em) with a margin for wider
/// sans-serif fonts (DejaVu Sans, Segoe UI), so a label measured to fit also fits in the font the browser picks.
/// </summary>
public static class TextMeasure
{
    /// <summary>Chart text is drawn at this size (report.css, svg.chart).</summary>
    public const double FontSize = 12;

    private const double Margin = 1.2;

    private static readonly Dictionary<char, int> Advance = Build();

    public static double Width(string text, double fontSize = FontSize) =>
        text.Sum(c => Advance.TryGetValue(c, out var advance) ? advance : c >= '\u2E80' ? 1000 : 600) * fontSize / 1000 * Margin;

    private static Dictionary<char, int> Build()
    {
        var widths = new Dictionary<char, int>();
        void Set(string chars, int advance)
        {
            foreach (var c in chars)
            {
                widths[c] = advance;
            }
        }

        Set("abdeghnopqu0123456789#$_–", 556);
        Set("cksvxyzJ", 500);
        Set("ijl'|", 222);
        Set("ft /.,:;![]I", 278);
        Set("r()-`{}\"", 333);
        Set("mM", 833);
        Set("wCDHNRU", 722);
        Set("ABEKPSVXY&", 667);
        Set("FTZ", 611);
        Set("GOQ", 778);
        Set("L+<>=~^*?", 584);
        Set("W%", 944);
        Set("@", 1015);
        Set("…—", 1000);
        Set("×÷·", 584);
        return widths;
    }
}
