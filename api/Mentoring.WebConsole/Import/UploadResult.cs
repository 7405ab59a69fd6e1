using Mentoring.Tabular;

namespace Mentoring.WebConsole.Import;

/// <summary>
/// What an upload did: problems of the file as a whole, the errors by row (from reading the file or refused by the
/// server), and the import's counts when rows were sent (null when the file's problems kept every row back).
/// </summary>
public sealed record UploadResult(IReadOnlyList<HeaderError> FileErrors, IReadOnlyList<RowError> RowErrors, ImportSummary? Summary)
{
    /// <summary>True when nothing was written because the file or some of its rows could not be read.</summary>
    public bool KeptBack => Summary is null;
}
