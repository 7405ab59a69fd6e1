namespace Mentoring.Reports;

/// <summary>
/// Breaks a label into lines that fit a width by <see cref="TextMeasure"/>, between words only. A label that needs more
/// lines than allowed ends its last line with "…" after a whole word; the full text stays in the element's title.
/// </summary>
public static class LabelLines
{
    private const string Ellipsis = "…";

    public static IReadOnlyList<string> Fit(string text, double width, int maxLines)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (TextMeasure.Width(candidate) <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        if (lines.Count > maxLines)
        {
            lines = lines.Take(maxLines).ToList();
            lines[^1] = WithEllipsis(lines[^1], width);
        }

        return lines.Select(l => TextMeasure.Width(l) <= width ? l : Shorten(l, width)).ToList();
    }

    /// <summary>Drops whole words from the end until the line and "…" fit.</summary>
    private static string WithEllipsis(string line, double width)
    {
        var words = line.Split(' ').ToList();
        while (words.Count > 1 && TextMeasure.Width(string.Join(' ', words) + Ellipsis) > width)
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words) + Ellipsis;
    }

    /// <summary>A single word wider than the line (a long id): its start and "…".</summary>
    private static string Shorten(string word, double width)
    {
        var end = word.Length;
        while (end > 1 && TextMeasure.Width(word[..end] + Ellipsis) > width)
        {
            end--;
        }

        return word[..end].TrimEnd('…') + Ellipsis;
    }
}
