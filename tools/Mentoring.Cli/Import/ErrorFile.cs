using Mentoring.Tabular;

namespace Mentoring.Cli.Import;

/// <summary>Where the import's error file goes and how it is written: CSV, as <see cref="RowErrorTable"/> lays it out.</summary>
public static class ErrorFile
{
    public static void Write(string path, IEnumerable<RowError> errors)
    {
        using var stream = File.Create(path);
        TableFile.Write(stream, TableFormat.Csv, RowErrorTable.Header, RowErrorTable.Rows(errors));
    }

    /// <summary>Next to the input: people.csv → people.errors.csv.</summary>
    public static string DefaultPath(string input) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input))!, Path.GetFileNameWithoutExtension(input) + ".errors.csv");
}
