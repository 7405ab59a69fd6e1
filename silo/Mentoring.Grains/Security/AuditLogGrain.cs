using System.Collections.Immutable;
using Mentoring.Abstractions.Security;

namespace Mentoring.Grains.Security;

/// <inheritdoc cref="IAuditLogGrain"/>
/// <remarks>
/// Records live in <see cref="SegmentSize"/>-record segments (<see cref="IAuditSegmentGrain"/>), one row each, so an append
/// rewrites at most one segment however long the log grows. Record n (its sequence number) is at position n % SegmentSize
/// of segment n / SegmentSize. This head stores only the segment count and learns the record count from the last segment.
/// Reads interleave with appends, so an export scanning every segment does not hold up audited calls: a read takes the count
/// of stored records when it starts, and the count moves only once a record is stored.
/// </remarks>
public sealed class AuditLogGrain(
    [PersistentState(StorageNames.AuditLogState, StorageNames.Provider)] IPersistentState<AuditLogState> state) : Grain, IAuditLogGrain
{
    public const int SegmentSize = 256;

    // Bounds the segments a scan (find, redact) activates at once.
    private const int ScanBatch = 8;

    private long _count;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Records.Count > 0)
        {
            await MoveIntoSegmentsAsync(cancellationToken);
        }

        var last = state.State.Segments - 1;
        _count = last < 0 ? 0 : (long)last * SegmentSize + await Segment(last).CountAsync(cancellationToken);
    }

    async Task IAuditLogGrain.AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        // A second try only after the segment showed a count this activation missed (a write reported failed that was stored).
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var segment = (int)(_count / SegmentSize);
            var position = (int)(_count % SegmentSize);
            if (segment >= state.State.Segments)
            {
                // The head first: a segment it does not count would be stored yet never listed.
                await StartSegmentAsync(segment, cancellationToken);
            }

            var held = await Segment(segment).AppendAsync(record, position, cancellationToken);
            _count = (long)segment * SegmentSize + held;
            if (held == position)
            {
                _count++;
                return;
            }
        }

        throw new InvalidOperationException($"The audit log {this.GetPrimaryKeyString()} and its last segment disagree on the record count.");
    }

    async Task<AuditPage> IAuditLogGrain.ListAsync(long? before, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var end = Math.Clamp(before ?? _count, 0, _count);
        var start = Math.Max(0, end - limit);
        var page = await ReadAsync(start, end, cancellationToken);
        return new AuditPage([.. page.Reverse()], start > 0 ? start : null);
    }

    async Task<ImmutableArray<AuditRecord>> IAuditLogGrain.FindAsync(string resourceName, CancellationToken cancellationToken)
    {
        var found = await ScanAsync(segment => segment.FindAsync(resourceName, cancellationToken), cancellationToken);
        return [.. found.SelectMany(records => records).Reverse()];
    }

    async Task<int> IAuditLogGrain.RedactAsync(string resourceName, string replacement, bool wholeResource, CancellationToken cancellationToken)
    {
        AuditRedaction.Validate(resourceName, replacement, wholeResource);
        var changed = await ScanAsync(segment => segment.RedactAsync(resourceName, replacement, wholeResource, cancellationToken), cancellationToken);
        return changed.Sum();
    }

    private IAuditSegmentGrain Segment(int segment) =>
        GrainFactory.GetGrain<IAuditSegmentGrain>(SecurityKeys.AuditSegment(this.GetPrimaryKeyString(), segment));

    private async Task StartSegmentAsync(int segment, CancellationToken cancellationToken)
    {
        var previous = state.State.Segments;
        state.State.Segments = segment + 1;
        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        catch
        {
            state.State.Segments = previous;
            throw;
        }
    }

    /// <summary>Records start to end - 1, oldest first, read from every segment they span.</summary>
    private async Task<IEnumerable<AuditRecord>> ReadAsync(long start, long end, CancellationToken cancellationToken)
    {
        if (end <= start)
        {
            return [];
        }

        var first = (int)(start / SegmentSize);
        var last = (int)((end - 1) / SegmentSize);
        var slices = await Task.WhenAll(Enumerable.Range(first, last - first + 1).Select(segment =>
        {
            var offset = (long)segment * SegmentSize;
            var from = (int)(Math.Max(start, offset) - offset);
            var to = (int)(Math.Min(end, offset + SegmentSize) - offset);
            return Segment(segment).ReadAsync(from, to - from, cancellationToken);
        }));
        return slices.SelectMany(slice => slice);
    }

    /// <summary>Calls every segment, a few at a time, and returns their answers in segment order.</summary>
    private async Task<T[]> ScanAsync<T>(Func<IAuditSegmentGrain, Task<T>> call, CancellationToken cancellationToken)
    {
        var results = new T[state.State.Segments];
        for (var first = 0; first < results.Length; first += ScanBatch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = await Task.WhenAll(Enumerable.Range(first, Math.Min(ScanBatch, results.Length - first)).Select(i => call(Segment(i))));
            batch.CopyTo(results, first);
        }

        return results;
    }

    /// <summary>
    /// Moves a log stored as one row before segments existed. Segments are written first and the head last, in one write
    /// that also empties the old list, so a crash in between repeats the move from the old list.
    /// </summary>
    private async Task MoveIntoSegmentsAsync(CancellationToken cancellationToken)
    {
        var chunks = state.State.Records.Chunk(SegmentSize).ToArray();
        for (var first = 0; first < chunks.Length; first += ScanBatch)
        {
            await Task.WhenAll(Enumerable.Range(first, Math.Min(ScanBatch, chunks.Length - first))
                .Select(i => Segment(i).ImportAsync([.. chunks[i]], cancellationToken)));
        }

        var legacy = state.State;
        state.State = new AuditLogState { Segments = chunks.Length };
        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        catch
        {
            state.State = legacy;
            throw;
        }
    }
}
