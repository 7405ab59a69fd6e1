namespace Mentoring.Tabular;

/// <summary>
/// A file's header row mapped to the documented columns. Each problem is reported once for the file: an unknown or
/// repeated column, a missing id or required column; an unknown name that splits into known ones names the separator.
/// </summary>
public sealed class ParticipantHeader
{
    private static readonly char[] LikelySeparators = [',', ';', '\t', '|', ' '];

    private ParticipantHeader(int idIndex, ParticipantColumn?[] columns, IReadOnlyList<HeaderError> errors)
    {
        IdIndex = idIndex;
        Columns = columns;
        Errors = errors;
    }

    /// <summary>The position of the id column, or -1.</summary>
    public int IdIndex { get; }

    /// <summary>The documented column at each position; null for the id column and unknown ones.</summary>
    public IReadOnlyList<ParticipantColumn?> Columns { get; }

    public IReadOnlyList<HeaderError> Errors { get; }

    public static ParticipantHeader Map(IReadOnlyList<string> names)
    {
        var byName = ParticipantColumns.Columns.ToDictionary(c => c.Header, StringComparer.OrdinalIgnoreCase);
        var errors = new List<HeaderError>();
        var columns = new ParticipantColumn?[names.Count];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var idIndex = -1;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!seen.Add(name))
            {
                errors.Add(new(name, $"the column \"{name}\" appears more than once"));
            }
            else if (name.Equals(ParticipantColumns.IdHeader, StringComparison.OrdinalIgnoreCase))
            {
                idIndex = i;
            }
            else if (byName.TryGetValue(name, out var column))
            {
                columns[i] = column;
            }
            else
            {
                errors.Add(new(name, $"unknown column \"{name}\"{SeparatorHint(name, byName)}"));
            }
        }

        // A header that is wrong as a whole (one unknown cell) would also lack every column; say only what is wrong.
        if (errors.Count == 0)
        {
            if (idIndex < 0)
            {
                errors.Add(new(ParticipantColumns.IdHeader, $"the header has no \"{ParticipantColumns.IdHeader}\" column"));
            }

            errors.AddRange(ParticipantColumns.Columns.Where(c => c.Required && !columns.Contains(c))
                .Select(c => new HeaderError(c.Header, $"the header has no \"{c.Header}\" column, which every row needs")));
        }

        return new ParticipantHeader(idIndex, columns, errors);
    }

    private static string SeparatorHint(string name, Dictionary<string, ParticipantColumn> byName)
    {
        foreach (var separator in LikelySeparators)
        {
            var parts = name.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1 && parts.All(p => byName.ContainsKey(p) || p.Equals(ParticipantColumns.IdHeader, StringComparison.OrdinalIgnoreCase)))
            {
                var shown = separator switch { '\t' => "a tab", ' ' => "spaces", _ => $"'{separator}'" };
                return $" (the header looks separated by {shown}; separate the columns with a comma, a semicolon or a tab, the same in every row)";
            }
        }

        return "";
    }
}
