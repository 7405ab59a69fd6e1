using System.Diagnostics;
using Mentoring.Contracts.V1;

namespace Mentoring.Cli.Import;

/// <summary>
/// Streams rows through ImportParticipants: rows that could not be read are kept back and reported, every other row is
/// sent, and the server's per-item results are mapped back to the lines they came from.
/// </summary>
public static class ParticipantImporter
{
    public static async Task<ImportSummary> RunAsync(
        ParticipantService.ParticipantServiceClient participants, IEnumerable<ImportRow> rows, Action<int> sent, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var errors = new List<RowError>();
        var sentRows = new List<ImportRow>();
        var total = 0;
        using var call = participants.ImportParticipants(cancellationToken: cancellationToken);
        foreach (var row in rows)
        {
            total++;
            if (row.Request is null)
            {
                errors.AddRange(row.Errors.Select(e => new RowError(row.Line, row.ParticipantId, "InvalidArgument", e.Field, e.Description)));
            }
            else
            {
                await call.RequestStream.WriteAsync(row.Request, cancellationToken);
                sentRows.Add(row);
            }

            sent(total);
        }

        await call.RequestStream.CompleteAsync();
        var response = await call.ResponseAsync;
        foreach (var result in response.Results.Where(r => r.Outcome == ImportOutcome.Rejected))
        {
            var row = result.Index >= 0 && result.Index < sentRows.Count ? sentRows[result.Index] : null;
            var line = row?.Line ?? 0;
            var code = ((Grpc.Core.StatusCode)(int)result.Code).ToString();
            if (result.FieldViolations.Count == 0)
            {
                errors.Add(new RowError(line, result.ParticipantId, code, "", result.Message));
            }

            errors.AddRange(result.FieldViolations.Select(v => new RowError(line, result.ParticipantId, code, v.Field, v.Description)));
        }

        return new ImportSummary(
            total, response.CreatedCount, response.UpdatedCount, response.UnchangedCount, total - sentRows.Count + response.RejectedCount,
            errors.OrderBy(e => e.Line).ToList(), clock.Elapsed);
    }
}
