using Mentoring.Abstractions.Security;
using Mentoring.Grains.Security;
using Mentoring.Grains.Tests.Support;

namespace Mentoring.Grains.Tests.Security;

/// <summary>One test's own audit log: records numbered by their sequence, appended in order, listed page by page as the API does.</summary>
public sealed class AuditLogDriver(MentoringTestCluster cluster, string purpose)
{
    // Far more pages than any test needs; reaching it means NextBefore never ends.
    private const int MaxPages = 10_000;

    public string Key { get; } = SecurityKeys.AuditLog(TestIds.Programme(purpose));

    public IAuditLogGrain Log => cluster.Client.GetGrain<IAuditLogGrain>(Key);

    public static AuditRecord Record(int sequence, string resource = "programmes/p") =>
        new(DateTimeOffset.UnixEpoch.AddSeconds(sequence), "apiKeys/tester", $"m{sequence}", resource, "OK");

    public string SegmentKey(int segment) => SecurityKeys.AuditSegment(Key, segment);

    public IAuditSegmentGrain Segment(int segment) => cluster.Client.GetGrain<IAuditSegmentGrain>(SegmentKey(segment));

    public static int SegmentsFor(int records) => (records + AuditLogGrain.SegmentSize - 1) / AuditLogGrain.SegmentSize;

    /// <summary>Appends one after the other, so the order of the log is the order given.</summary>
    public async Task AppendAsync(IEnumerable<AuditRecord> records)
    {
        foreach (var record in records)
        {
            await Log.AppendAsync(record);
        }
    }

    /// <summary>Every record, newest first, following NextBefore; checks each page's size and continuation on the way.</summary>
    public async Task<List<AuditRecord>> ListAllAsync(int pageSize)
    {
        var all = new List<AuditRecord>();
        long? before = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < MaxPages, "The audit listing never ended.");
            var page = await Log.ListAsync(before, pageSize);
            Assert.True(page.Records.Length <= pageSize, $"A page held {page.Records.Length} records, more than {pageSize}.");
            all.AddRange(page.Records);
            if (page.NextBefore is not { } next)
            {
                return all;
            }

            Assert.True(before is null || next < before, $"NextBefore {next} does not move past {before}.");
            before = next;
        }
    }

    /// <summary>Deactivates the head and the segments, so the next call reads everything back from storage.</summary>
    public Task DeactivateAsync(int segments) =>
        Task.WhenAll(Enumerable.Range(0, segments).Select(i => (IAddressable)Segment(i)).Append(Log).Select(grain => cluster.Cluster.DeactivateAsync(grain)));
}
