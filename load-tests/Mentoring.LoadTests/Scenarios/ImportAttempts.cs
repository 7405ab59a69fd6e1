using System.Collections.Concurrent;
using Grpc.Core;
using Mentoring.Contracts.V1;
using Mentoring.LoadTests.Measurement;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>What happened to an import's batches and items: latencies, rejections by status, items to resend, items refused for good.</summary>
public sealed class ImportAttempts(LatencyRecorder recorder)
{
    private static readonly HashSet<StatusCode> Retryable = [StatusCode.Unavailable, StatusCode.DeadlineExceeded, StatusCode.Aborted, StatusCode.ResourceExhausted];
    private long _batches;

    public LatencyRecorder Recorder { get; } = recorder;
    public ConcurrentQueue<ImportParticipantsRequest> Retry { get; } = new();
    public ConcurrentBag<string> Refused { get; } = [];
    public long Batches => Interlocked.Read(ref _batches);

    public void CountBatch() => Interlocked.Increment(ref _batches);

    public void Reject(ImportParticipantsRequest item, StatusCode code)
    {
        Recorder.RecordErrors($"item {code}", 1);
        if (Retryable.Contains(code))
        {
            Retry.Enqueue(item);
        }
        else
        {
            Refused.Add(item.ParticipantId);
        }
    }

    public List<ImportParticipantsRequest> TakeRetries()
    {
        var items = new List<ImportParticipantsRequest>();
        while (Retry.TryDequeue(out var item))
        {
            items.Add(item);
        }

        return items;
    }
}
