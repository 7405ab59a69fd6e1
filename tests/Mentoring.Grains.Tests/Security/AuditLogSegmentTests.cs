using Mentoring.Abstractions.Security;
using Mentoring.Grains.Security;
using Mentoring.Grains.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Xunit.Abstractions;

namespace Mentoring.Grains.Tests.Security;

/// <summary>A tenant's audit log kept in fixed-size segment rows: order, paging, bounded rows, restarts, failed writes and old single-row logs.</summary>
[Collection(SharedClusterCollection.Name)]
public sealed class AuditLogSegmentTests(PostgresClusterFixture fixture, ITestOutputHelper output)
{
    private const int Size = AuditLogGrain.SegmentSize;

    private readonly MentoringTestCluster _cluster = fixture.Cluster;

    [Fact]
    public async Task Records_over_three_segments_list_back_newest_first_with_paging_across_segment_borders()
    {
        var audit = new AuditLogDriver(_cluster, "audit-order");
        var records = Enumerable.Range(0, 2 * Size + Size / 2).Select(i => AuditLogDriver.Record(i)).ToList();
        await audit.AppendAsync(records);
        var newestFirst = Enumerable.Reverse(records).ToList();

        foreach (var pageSize in new[] { 1000, Size, 100, 7 })
        {
            Assert.Equal(newestFirst, await audit.ListAllAsync(pageSize));
        }

        var acrossFirstBorder = await audit.Log.ListAsync(before: Size + 20, limit: 50);
        Assert.Equal(records.GetRange(Size - 30, 50).AsEnumerable().Reverse(), acrossFirstBorder.Records);
        Assert.Equal(Size - 30, acrossFirstBorder.NextBefore);
        var newest = await audit.Log.ListAsync(before: null, limit: 1);
        Assert.Equal<AuditRecord>([records[^1]], newest.Records);
        Assert.Equal(records.Count - 1, newest.NextBefore);
        var oldest = await audit.Log.ListAsync(before: 3, limit: 10);
        Assert.Equal<AuditRecord>([records[2], records[1], records[0]], oldest.Records);
        Assert.Null(oldest.NextBefore);
        Assert.Empty((await audit.Log.ListAsync(before: 0, limit: 10)).Records);
        Assert.Equal(newestFirst.Take(5), (await audit.Log.ListAsync(before: 1_000_000, limit: 5)).Records);
    }

    [Fact]
    public async Task Each_row_holds_at_most_one_segment_an_append_rewrites_only_the_last_and_the_head_is_written_once_per_segment()
    {
        var audit = new AuditLogDriver(_cluster, "audit-rows");
        await audit.AppendAsync(Enumerable.Range(0, 2 * Size + 10).Select(i => AuditLogDriver.Record(i)));
        var fullSegmentBytes = await _cluster.Table.PayloadBytesAsync(audit.SegmentKey(0), StorageNames.AuditSegmentState);
        var earlierVersions = await VersionsAsync(audit, segments: 2);

        await audit.AppendAsync(Enumerable.Range(2 * Size + 10, Size / 2).Select(i => AuditLogDriver.Record(i)));

        Assert.Equal(earlierVersions, await VersionsAsync(audit, segments: 2));
        Assert.Equal(3, await _cluster.Table.VersionAsync(audit.Key, StorageNames.AuditLogState));
        Assert.True(await _cluster.Table.PayloadBytesAsync(audit.Key, StorageNames.AuditLogState) < 64, "The head row holds more than a segment count.");
        Assert.Equal(0, await _cluster.Table.CountRowsAsync(audit.SegmentKey(3), StorageNames.AuditSegmentState));
        var storage = _cluster.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Provider);
        for (var segment = 0; segment < 3; segment++)
        {
            var bytes = await _cluster.Table.PayloadBytesAsync(audit.SegmentKey(segment), StorageNames.AuditSegmentState);
            output.WriteLine($"segment {segment}: {bytes} bytes");
            Assert.Equal(1, await _cluster.Table.CountRowsAsync(audit.SegmentKey(segment), StorageNames.AuditSegmentState));
            Assert.True(bytes <= fullSegmentBytes * 1.05);
            var row = new GrainState<AuditSegmentState>(new AuditSegmentState());
            await storage.ReadStateAsync(StorageNames.AuditSegmentState, audit.Segment(segment).GetGrainId(), row);
            var expected = Enumerable.Range(segment * Size, Math.Min(Size, 2 * Size + 10 + Size / 2 - segment * Size)).Select(i => AuditLogDriver.Record(i));
            Assert.Equal(expected, row.State!.Records);
        }
    }

    [Theory]
    [InlineData(Size + 37)]
    [InlineData(2 * Size)]
    public async Task A_log_reactivated_from_storage_keeps_its_count_and_order_and_appends_after_it(int count)
    {
        var audit = new AuditLogDriver(_cluster, "audit-restart");
        var records = Enumerable.Range(0, count).Select(i => AuditLogDriver.Record(i)).ToList();
        await audit.AppendAsync(records);

        await audit.DeactivateAsync(AuditLogDriver.SegmentsFor(count));
        await audit.Log.AppendAsync(AuditLogDriver.Record(count));

        records.Add(AuditLogDriver.Record(count));
        Assert.Equal(count, (await audit.Log.ListAsync(null, 1)).NextBefore);
        Assert.Equal(Enumerable.Reverse(records), await audit.ListAllAsync(100));
        Assert.Equal(1, await _cluster.Table.CountRowsAsync(audit.SegmentKey(count / Size), StorageNames.AuditSegmentState));
    }

    [Theory]
    [InlineData(Size)]
    [InlineData(Size + 5)]
    public async Task An_append_whose_segment_cannot_be_stored_fails_is_never_listed_and_the_next_append_takes_its_place(int count)
    {
        var audit = new AuditLogDriver(_cluster, "audit-refused");
        var records = Enumerable.Range(0, count).Select(i => AuditLogDriver.Record(i)).ToList();
        await audit.AppendAsync(records);
        await using (await RefusedWrites.ForKeyAsync(_cluster, audit.SegmentKey(count / Size)))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => audit.Log.AppendAsync(AuditLogDriver.Record(-1, "refused")));
            Assert.Equal(Enumerable.Reverse(records), await audit.ListAllAsync(100));
        }

        await audit.Log.AppendAsync(AuditLogDriver.Record(count));
        records.Add(AuditLogDriver.Record(count));
        Assert.Equal(Enumerable.Reverse(records), await audit.ListAllAsync(100));
        await audit.DeactivateAsync(AuditLogDriver.SegmentsFor(count + 1));
        Assert.Equal(Enumerable.Reverse(records), await audit.ListAllAsync(100));
    }

    [Fact]
    public async Task A_log_stored_as_one_row_moves_into_segments_on_activation_and_keeps_every_record_in_order()
    {
        var audit = new AuditLogDriver(_cluster, "audit-legacy");
        var records = Enumerable.Range(0, 2 * Size + 88).Select(i => AuditLogDriver.Record(i)).ToList();
        var storage = _cluster.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Provider);
        await storage.WriteStateAsync(StorageNames.AuditLogState, audit.Log.GetGrainId(), new GrainState<AuditLogState>(new AuditLogState { Records = [.. records] }));
        var legacyBytes = await _cluster.Table.PayloadBytesAsync(audit.Key, StorageNames.AuditLogState);

        var listed = await audit.ListAllAsync(100);

        Assert.Equal(Enumerable.Reverse(records), listed);
        var headBytes = await _cluster.Table.PayloadBytesAsync(audit.Key, StorageNames.AuditLogState);
        output.WriteLine($"head row: {legacyBytes} bytes with {records.Count} records before the move, {headBytes} bytes after");
        Assert.True(headBytes < 64, $"The head row still holds records (legacy row: {legacyBytes} bytes).");
        for (var segment = 0; segment < 3; segment++)
        {
            Assert.Equal(Math.Min(Size, records.Count - segment * Size), await audit.Segment(segment).CountAsync());
            Assert.Equal(1, await _cluster.Table.CountRowsAsync(audit.SegmentKey(segment), StorageNames.AuditSegmentState));
        }

        await audit.DeactivateAsync(segments: 3);
        await audit.Log.AppendAsync(AuditLogDriver.Record(records.Count));
        records.Add(AuditLogDriver.Record(records.Count));
        Assert.Equal(Enumerable.Reverse(records), await audit.ListAllAsync(100));
        Assert.Equal(records.Count - 1, (await audit.Log.ListAsync(null, 1)).NextBefore);
    }

    [Fact]
    public async Task A_move_into_segments_that_fails_keeps_the_old_row_and_completes_on_the_next_activation()
    {
        var audit = new AuditLogDriver(_cluster, "audit-legacy-retry");
        var records = Enumerable.Range(0, Size + 10).Select(i => AuditLogDriver.Record(i)).ToList();
        var storage = _cluster.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Provider);
        await storage.WriteStateAsync(StorageNames.AuditLogState, audit.Log.GetGrainId(), new GrainState<AuditLogState>(new AuditLogState { Records = [.. records] }));
        var legacyVersion = await _cluster.Table.VersionAsync(audit.Key, StorageNames.AuditLogState);

        await using (await RefusedWrites.ForKeyAsync(_cluster, audit.SegmentKey(1)))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => audit.Log.ListAsync(null, 10));
            Assert.Equal(legacyVersion, await _cluster.Table.VersionAsync(audit.Key, StorageNames.AuditLogState));
        }

        Assert.Equal(Enumerable.Reverse(records), await audit.ListAllAsync(100));
        Assert.True(await _cluster.Table.PayloadBytesAsync(audit.Key, StorageNames.AuditLogState) < 64, "The head row still holds records.");
    }

    private async Task<List<long?>> VersionsAsync(AuditLogDriver audit, int segments)
    {
        var versions = new List<long?>();
        for (var segment = 0; segment < segments; segment++)
        {
            versions.Add(await _cluster.Table.VersionAsync(audit.SegmentKey(segment), StorageNames.AuditSegmentState));
        }

        return versions;
    }
}
