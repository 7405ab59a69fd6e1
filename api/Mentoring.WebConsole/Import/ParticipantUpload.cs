using Mentoring.Contracts.V1;
using Mentoring.Tabular;

namespace Mentoring.WebConsole.Import;

/// <summary>
/// A participant file uploaded in the console, read and imported with the CLI's own reader and importer. All or nothing
/// while reading: a file with a header problem or any row that cannot be read writes no row. Once every row reads, each
/// is sent through ImportParticipants and answered on its own: rows the server refuses are reported by line and the
/// others stay written, so the corrected file can be uploaded again (rows already written come back unchanged).
/// </summary>
public static class ParticipantUpload
{
    /// <param name="progress">Called with the rows sent so far and the rows to send.</param>
    public static async Task<UploadResult> RunAsync(
        ParticipantService.ParticipantServiceClient participants, Stream file, string fileName, string parent,
        Action<int, int> progress, CancellationToken cancellationToken)
    {
        var (fileErrors, rows) = await ParticipantFile.ReadAllAsync(file, TableFile.FormatOf(fileName), parent, cancellationToken);
        if (fileErrors.Count > 0)
        {
            return new UploadResult(fileErrors, [], null);
        }

        var unreadable = rows
            .Where(row => row.Request is null)
            .SelectMany(row => row.Errors.Select(e => new RowError(row.Line, row.ParticipantId, "InvalidArgument", e.Field, e.Description)))
            .ToList();
        if (unreadable.Count > 0)
        {
            return new UploadResult([], unreadable, null);
        }

        var importer = new ParticipantImporter(participants, sent => progress(sent, rows.Count));
        var summary = await importer.ImportAsync(rows, cancellationToken);
        return new UploadResult([], summary.Errors, summary);
    }
}
