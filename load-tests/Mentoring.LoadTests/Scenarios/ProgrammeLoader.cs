using System.Collections.Concurrent;
using System.Diagnostics;
using Google.Protobuf;
using Grpc.Core;
using Mentoring.Contracts.V1;
using Mentoring.LoadTests.Echo;
using Mentoring.LoadTests.Measurement;
using Mentoring.LoadTests.Reports;
using Mentoring.Synthetic;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>
/// Generates a programme, creates it and bulk-imports its participants in batches over concurrent
/// ImportParticipants streams; then streams the very same messages to the echo server as the baseline.
/// </summary>
public static class ProgrammeLoader
{
    private const int MaxRetryPasses = 3;

    /// <param name="adjust">Applied to each generated participant before the import, e.g. to give everyone an address.</param>
    public static async Task<LoadedProgramme> LoadAsync(ScenarioContext context, ProgrammeShape shape, CancellationToken ct,
        Func<Domain.Participant, Domain.Participant>? adjust = null)
    {
        var options = context.Options;
        var generation = Stopwatch.StartNew();
        var generated = ProgrammeGenerator.Generate(shape, options.Seed);
        if (adjust is not null)
        {
            generated = generated with { Participants = [.. generated.Participants.Select(adjust)] };
        }

        var generationSeconds = generation.Elapsed.TotalSeconds;

        var programmeId = $"lt-{context.Report.Scenario}-{DateTime.UtcNow:HHmmss}-{Random.Shared.Next(1000, 9999)}";
        var created = await context.Programmes.CreateProgrammeAsync(
            new CreateProgrammeRequest { ProgrammeId = programmeId, Programme = ProtoMessages.Programme(generated.Programme) }, cancellationToken: ct);
        var loaded = new LoadedProgramme(created.Name, generated.WithProgrammeId(programmeId));

        var batches = loaded.Data.Participants
            .Select(p => new ImportParticipantsRequest { Parent = created.Name, ParticipantId = p.Id, Participant = ProtoMessages.Participant(p) })
            .Chunk(options.ImportBatch)
            .ToArray();
        context.Report.Programmes.Add(new ProgrammeFigures(
            created.Name, options.Seed, generated.Participants.Count, generated.Mentees.Count(), generated.Mentors.Count(),
            generated.Participants.Count(p => p.Role == Domain.ParticipantRole.Peer), generated.Participants.Count(p => p.RankedChoices.Length > 0),
            Math.Round(generationSeconds, 2)));

        context.Log.WriteLine($"importing {generated.Participants.Count:N0} participants in {batches.Length} batches over {options.ImportStreams} streams");
        var import = new ImportAttempts(new LatencyRecorder($"import batch of up to {options.ImportBatch:N0}"));
        var clock = Stopwatch.StartNew();
        await RunBatchesAsync(batches, options.ImportStreams, (batch, token) => ImportBatchAsync(context, batch, import, token), ct);
        // Like any client, resend the items the service asked to retry (UNAVAILABLE and the like); the import is done when they are stored.
        for (var pass = 0; pass < MaxRetryPasses && !import.Retry.IsEmpty; pass++)
        {
            var again = import.TakeRetries().Chunk(options.ImportBatch).ToArray();
            context.Log.WriteLine($"resending {again.Sum(b => b.Length):N0} items the service asked to retry");
            await RunBatchesAsync(again, options.ImportStreams, (batch, token) => ImportBatchAsync(context, batch, import, token), ct);
        }

        var importTime = clock.Elapsed;
        var echo = new LatencyRecorder($"echo batch of up to {options.ImportBatch:N0}");
        var echoTime = await RunBatchesAsync(batches, options.ImportStreams, (batch, token) => EchoBatchAsync(context, batch, echo, token), ct);

        var notStored = import.TakeRetries().Select(r => r.ParticipantId).Concat(import.Refused).ToHashSet(StringComparer.Ordinal);
        var items = (long)generated.Participants.Count;
        context.Report.Latencies.Add(new LatencyComparison("import", import.Recorder.Summarise(importTime, import.Batches), echo.Summarise(echoTime, batches.Length),
            "the same messages streamed to the echo server, same batches and streams"));
        context.Report.Timings.Add(new TimingComparison($"bulk import of {items:N0} participants", importTime.TotalSeconds,
            "echo server, same messages", echoTime.TotalSeconds,
            $"{items / importTime.TotalSeconds:F0} participants/s including resent items; not stored in the end: {notStored.Count:N0}"));
        context.Log.WriteLine($"imported in {importTime.TotalSeconds:F1} s ({items / importTime.TotalSeconds:F0}/s), echo {echoTime.TotalSeconds:F1} s, not stored {notStored.Count}");
        if (notStored.Count > 0)
        {
            context.Report.Notes.Add($"{notStored.Count:N0} participants were not stored; the in-process baseline leaves them out too.");
            loaded = loaded with { Data = loaded.Data with { Participants = [.. loaded.Data.Participants.Where(p => !notStored.Contains(p.Id))] } };
        }

        return loaded;
    }

    /// <summary>Runs the batches over <paramref name="streams"/> concurrent workers; returns the wall time of all of them.</summary>
    private static async Task<TimeSpan> RunBatchesAsync(ImportParticipantsRequest[][] batches, int streams,
        Func<ImportParticipantsRequest[], CancellationToken, Task> send, CancellationToken ct)
    {
        var queue = new ConcurrentQueue<ImportParticipantsRequest[]>(batches);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, streams).Select(async _ =>
        {
            while (queue.TryDequeue(out var batch))
            {
                await send(batch, ct);
            }
        }));
        return clock.Elapsed;
    }

    private static async Task ImportBatchAsync(ScenarioContext context, ImportParticipantsRequest[] batch, ImportAttempts attempts, CancellationToken ct)
    {
        attempts.CountBatch();
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var call = context.Participants.ImportParticipants(cancellationToken: ct);
            foreach (var request in batch)
            {
                await call.RequestStream.WriteAsync(request, ct);
            }

            await call.RequestStream.CompleteAsync();
            var response = await call;
            attempts.Recorder.RecordSuccess((long)Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            foreach (var rejected in response.Results.Where(r => r.Outcome == ImportOutcome.Rejected))
            {
                attempts.Reject(batch[rejected.Index], (StatusCode)(int)rejected.Code);
            }
        }
        catch (RpcException exception)
        {
            attempts.Recorder.RecordError(exception.StatusCode.ToString());
            foreach (var request in batch)
            {
                // Items already stored come back UNCHANGED when resent: imports are idempotent.
                attempts.Retry.Enqueue(request);
            }
        }
    }

    private static async Task EchoBatchAsync(ScenarioContext context, ImportParticipantsRequest[] batch, LatencyRecorder recorder, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var call = context.Echo.Collect(cancellationToken: ct);
            foreach (var request in batch)
            {
                await call.RequestStream.WriteAsync(new EchoRequest { Payload = request.ToByteString() }, ct);
            }

            await call.RequestStream.CompleteAsync();
            await call;
            recorder.RecordSuccess((long)Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }
        catch (RpcException exception)
        {
            recorder.RecordError(exception.StatusCode.ToString());
        }
    }
}
