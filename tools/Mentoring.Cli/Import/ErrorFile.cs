using System.Globalization;
using Mentoring.Tabular;

namespace Mentoring.Cli.Import;

/// <summary>The import's error file: CSV with line, participant_id, code, field, description; one record per violation.</summary>
public static class ErrorFile
{
    public static readonly string[] Header = ["line", "participant_id", "code", "field", "description"];

    public static void Write(string path, IEnumerable<RowError> errors)
    {
        using var stream = File.Create(path);
        TableFile.Write(stream, TableFormat.Csv, Header,
            errors.Select(e => (IReadOnlyList<string>)[e.Line.ToString(CultureInfo.InvariantCulture), e.ParticipantId, e.Code, e.Field, e.Description]));
    }

    /// <summary>Next to the input: people.csv → people.errors.csv.</summary>
    public static string DefaultPath(string input) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input))!, Path.GetFileNameWithoutExtension(input) + ".errors.csv");
}
