using System.Diagnostics;
using Mentoring.Contracts.V1;

namespace Mentoring.Tabular;

/// <summary>
/// Streams rows through ImportParticipants: rows that could not be read are kept back and reported, every other row is
/// sent, and the server's per-item results are mapped back to the lines they came from.
/// </summary>
public sealed class ParticipantImporter(ParticipantService.ParticipantServiceClient participants, Action<int> progress, int rowsPerCall = ParticipantImporter.RowsPerCall)
{
    /// <summary>Rows per import call, so one call stays well inside the gateway's long-call ceiling and message limits.</summary>
    public const int RowsPerCall = 5000;

    private readonly List<RowError> _errors = [];
    private readonly ImportParticipantsResponse _totals = new();
    private int _handled;
    private int _keptBack;

    public static Task<ImportSummary> RunAsync(
        ParticipantService.ParticipantServiceClient participants, IEnumerable<ImportRow> rows, Action<int> progress, CancellationToken cancellationToken) =>
        new ParticipantImporter(participants, progress).ImportAsync(rows, cancellationToken);

    public async Task<ImportSummary> ImportAsync(IEnumerable<ImportRow> rows, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var batch = new List<ImportRow>(rowsPerCall);
        var read = 0;
        foreach (var row in rows)
        {
            read++;
            if (row.Request is null)
            {
                _keptBack++;
                _errors.AddRange(row.Errors.Select(e => new RowError(row.Line, row.ParticipantId, "InvalidArgument", e.Field, e.Description)));
                Handled();
                continue;
            }

            batch.Add(row);
            if (batch.Count == rowsPerCall)
            {
                await SendAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await SendAsync(batch, cancellationToken);
        }

        return new ImportSummary(
            read, _totals.CreatedCount, _totals.UpdatedCount, _totals.UnchangedCount, _keptBack + _totals.RejectedCount,
            _errors.OrderBy(e => e.Line).ToList(), clock.Elapsed);
    }

    private async Task SendAsync(List<ImportRow> batch, CancellationToken cancellationToken)
    {
        using var call = participants.ImportParticipants(cancellationToken: cancellationToken);
        foreach (var row in batch)
        {
            await call.RequestStream.WriteAsync(row.Request!, cancellationToken);
            Handled();
        }

        await call.RequestStream.CompleteAsync();
        var response = await call.ResponseAsync;
        _totals.CreatedCount += response.CreatedCount;
        _totals.UpdatedCount += response.UpdatedCount;
        _totals.UnchangedCount += response.UnchangedCount;
        _totals.RejectedCount += response.RejectedCount;
        foreach (var result in response.Results.Where(r => r.Outcome == ImportOutcome.Rejected))
        {
            var line = result.Index >= 0 && result.Index < batch.Count ? batch[result.Index].Line : 0;
            var code = result.Code.ToString();
            if (result.FieldViolations.Count == 0)
            {
                _errors.Add(new RowError(line, result.ParticipantId, code, "", result.Message));
            }

            _errors.AddRange(result.FieldViolations.Select(v => new RowError(line, result.ParticipantId, code, v.Field, v.Description)));
        }
    }

    private void Handled() => progress(++_handled);
}
