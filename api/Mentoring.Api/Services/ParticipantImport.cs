using System.Diagnostics;
using Grpc.Core;
using Mentoring.Abstractions;
using Mentoring.Api.Errors;
using Mentoring.Api.Security;
using Mentoring.Api.Telemetry;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Services;

/// <summary>
/// The bulk import behind ImportParticipants: each item is validated and written on its own,
/// so one bad record never sinks the batch; writes run concurrently up to a bound, and an item counts as
/// written only once its grain answered, which is once its row is durable.
/// </summary>
public sealed class ParticipantImport(
    IGrainFactory grains, ProgrammeOwnership ownership, GatewayOptions limits, ImportMetrics metrics, ILogger<ParticipantImport> logger)
{
    // Items travel to the silos in chunks; a few chunks per stream are in flight at once.
    private const int ChunkSize = 128;
    private const int MaxChunksInFlight = 8;

    // Chunks rotate over this many worker keys, so a client-mode gateway spreads them over the silos.
    private const int Lanes = 16;

    public async Task<ImportParticipantsResponse> RunAsync(IAsyncStreamReader<ImportParticipantsRequest> requests, string tenant, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var results = new List<ImportParticipantResult>();
        var writes = new List<Task>();
        using var gate = new SemaphoreSlim(MaxChunksInFlight);
        try
        {
            var refused = await ReadAsync(requests, tenant, results, writes, gate, cancellationToken);
            await Task.WhenAll(writes);
            if (refused)
            {
                // Every accepted item is settled by now, so the counts say exactly what was stored.
                var stored = Summarise(results);
                throw new RpcException(new Status(StatusCode.ResourceExhausted,
                    $"An import holds at most {limits.MaxImportItems} items; of the first {limits.MaxImportItems}, " +
                    $"{stored.CreatedCount} were created, {stored.UpdatedCount} updated, {stored.UnchangedCount} unchanged and " +
                    $"{stored.RejectedCount} rejected. Send the rest in another import."));
            }
        }
        finally
        {
            // No write outlives the call, whatever ends it (a refusal, a cancelled stream, a failed read).
            await Task.WhenAll(writes.Select(write => write.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)));
        }

        var response = Summarise(results);
        metrics.Record(response, started);
        return response;
    }

    // Reads and validates the stream, starting a write per valid item; true when the stream held more items than allowed.
    private async Task<bool> ReadAsync(
        IAsyncStreamReader<ImportParticipantsRequest> requests, string tenant, List<ImportParticipantResult> results, List<Task> writes,
        SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        var firstIndexById = new Dictionary<string, int>(StringComparer.Ordinal);
        string? parent = null;
        Domain.Programme? programme = null;
        IReadOnlySet<string>? taxonomy = null;
        var chunk = new List<(Domain.Participant, ImportParticipantResult)>(ChunkSize);
        async Task SendAsync()
        {
            if (chunk.Count > 0)
            {
                await gate.WaitAsync(cancellationToken);
                writes.Add(WriteAsync([.. chunk], gate, cancellationToken));
                chunk.Clear();
            }
        }

        await foreach (var request in requests.ReadAllAsync(cancellationToken))
        {
            if (results.Count == limits.MaxImportItems)
            {
                await SendAsync();
                return true;
            }

            var result = new ImportParticipantResult { Index = results.Count, ParticipantId = request.ParticipantId };
            results.Add(result);

            if (!ResourceNames.TryParseProgramme(request.Parent, out var programmeId))
            {
                Reject(result, Google.Rpc.Code.InvalidArgument, [new("parent", RequestRules.ProgrammeNameFormat)]);
                continue;
            }

            if (parent is null)
            {
                parent = request.Parent;
                // Another tenant's programme is reported exactly like a missing one.
                programme = (await ownership.OwnedAsync(tenant, programmeId, cancellationToken))?.Programme;
                taxonomy = programme is null ? null : Domain.ParticipantValidator.TaxonomyOf(programme);
            }
            else if (request.Parent != parent)
            {
                Reject(result, Google.Rpc.Code.InvalidArgument, [new("parent", $"must be {parent}, as in the first item of this import")]);
                continue;
            }

            if (programme is null)
            {
                Reject(result, Google.Rpc.Code.NotFound, [], $"{request.Parent} does not exist.");
                continue;
            }

            if (request.Participant is null)
            {
                Reject(result, Google.Rpc.Code.InvalidArgument, [new("participant", "is required")]);
                continue;
            }

            var input = ParticipantInput.Validate(request.Participant, programme, request.ParticipantId, "participant_id", taxonomy);
            if (!input.IsValid)
            {
                Reject(result, Google.Rpc.Code.InvalidArgument, input.Violations);
                continue;
            }

            var key = $"{programmeId}/{request.ParticipantId}";
            if (!firstIndexById.TryAdd(key, result.Index))
            {
                Reject(result, Google.Rpc.Code.InvalidArgument,
                    [new("participant_id", $"'{request.ParticipantId}' is already item {firstIndexById[key]} of this import")]);
                continue;
            }

            chunk.Add((input.Value, result));
            if (chunk.Count == ChunkSize)
            {
                await SendAsync();
            }
        }

        await SendAsync();
        return false;
    }

    // One chunk, written on a silo by each item's own grain; an item counts as written once its grain answered.
    private async Task WriteAsync((Domain.Participant Participant, ImportParticipantResult Result)[] chunk, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        try
        {
            var programmeId = chunk[0].Participant.ProgrammeId;
            var lane = chunk[0].Result.Index / ChunkSize % Lanes;
            var statuses = await grains.GetGrain<IParticipantImportGrain>(GrainKeys.ParticipantImport(programmeId, lane))
                .ImportAsync(new ParticipantBatch([.. chunk.Select(item => item.Participant)]), cancellationToken);
            for (var i = 0; i < chunk.Length; i++)
            {
                Settle(chunk[i].Result, statuses[i]);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Import of items {First} to {Last} failed", chunk[0].Result.Index, chunk[^1].Result.Index);
            foreach (var (_, result) in chunk)
            {
                Settle(result, null);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private static void Settle(ImportParticipantResult result, WriteStatus? status)
    {
        result.Outcome = status switch
        {
            WriteStatus.Created => ImportOutcome.Created,
            WriteStatus.Updated => ImportOutcome.Updated,
            WriteStatus.Unchanged => ImportOutcome.Unchanged,
            _ => ImportOutcome.Rejected,
        };
        if (status is null)
        {
            result.Code = Google.Rpc.Code.Unavailable;
            result.Message = "The participant could not be stored; retry the item.";
        }
        else if (result.Outcome == ImportOutcome.Rejected)
        {
            result.Code = Google.Rpc.Code.Aborted;
            result.Message = $"The write was refused ({status}).";
        }
    }

    private static void Reject(ImportParticipantResult result, Google.Rpc.Code code, IReadOnlyList<Domain.FieldViolation> violations, string? message = null)
    {
        result.Outcome = ImportOutcome.Rejected;
        result.Code = code;
        result.Message = message ?? (violations.Count > 0 ? $"{violations[0].Field}: {violations[0].Description}" : code.ToString());
        result.FieldViolations.AddRange(violations.Select(RpcErrors.ToProto));
    }

    private static ImportParticipantsResponse Summarise(List<ImportParticipantResult> results)
    {
        var response = new ImportParticipantsResponse();
        response.Results.AddRange(results);
        foreach (var result in results)
        {
            switch (result.Outcome)
            {
                case ImportOutcome.Created: response.CreatedCount++; break;
                case ImportOutcome.Updated: response.UpdatedCount++; break;
                case ImportOutcome.Unchanged: response.UnchangedCount++; break;
                default: response.RejectedCount++; break;
            }
        }
        return response;
    }
}
