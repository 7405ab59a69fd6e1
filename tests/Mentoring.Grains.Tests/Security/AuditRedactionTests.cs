using Mentoring.Abstractions.Security;
using Mentoring.Grains.Security;
using Mentoring.Grains.Tests.Support;

namespace Mentoring.Grains.Tests.Security;

/// <summary>Redacting a resource from the audit log (participant erasure) and finding a resource's records (participant export) across segments.</summary>
[Collection(SharedClusterCollection.Name)]
public sealed class AuditRedactionTests(PostgresClusterFixture fixture)
{
    private const int Size = AuditLogGrain.SegmentSize;
    private const string Ada = "programmes/p/participants/ada";

    private static readonly string[] Resources =
    [
        Ada,
        $"{Ada}/matches/m1",
        "programmes/p/participants/adam",
        "programmes/p/participants/bob",
        "programmes/p",
        $"x/{Ada}",
    ];

    private readonly MentoringTestCluster _cluster = fixture.Cluster;

    [Fact]
    public async Task Redaction_rewrites_exactly_the_records_naming_the_resource_or_one_under_it_and_stores_only_segments_that_change()
    {
        var audit = new AuditLogDriver(_cluster, "audit-redact");
        var records = Enumerable.Range(0, 3 * Size).Select(i => AuditLogDriver.Record(i, ResourceOf(i))).ToList();
        await audit.AppendAsync(records);
        var versions = await VersionsAsync(audit);

        var changed = await audit.Log.RedactAsync(Ada, "programmes/p/participants/erased-1");

        var expected = records.Select(r => r.Resource == Ada || r.Resource.StartsWith(Ada + "/", StringComparison.Ordinal)
            ? r with { Resource = "programmes/p/participants/erased-1" + r.Resource[Ada.Length..] }
            : r).ToList();
        Assert.Equal(records.Count(r => r.Resource == Ada || r.Resource == $"{Ada}/matches/m1"), changed);
        Assert.True(changed > 0);
        Assert.Equal(Enumerable.Reverse(expected), await audit.ListAllAsync(Size));
        var after = await VersionsAsync(audit);
        Assert.Equal(versions[1], after[1]);
        Assert.NotEqual(versions[0], after[0]);
        Assert.NotEqual(versions[2], after[2]);

        Assert.Equal(0, await audit.Log.RedactAsync(Ada, "programmes/p/participants/erased-1"));
        Assert.Equal(after, await VersionsAsync(audit));
        await audit.DeactivateAsync(segments: 3);
        Assert.Equal(Enumerable.Reverse(expected), await audit.ListAllAsync(Size));
    }

    [Fact]
    public async Task A_redaction_that_fails_in_one_segment_leaves_that_segment_unchanged_and_a_retry_completes_it()
    {
        var audit = new AuditLogDriver(_cluster, "audit-redact-retry");
        var records = Enumerable.Range(0, 3 * Size).Select(i => AuditLogDriver.Record(i, ResourceOf(i))).ToList();
        await audit.AppendAsync(records);
        var expected = records.Select(r => r.Resource == Ada || r.Resource.StartsWith(Ada + "/", StringComparison.Ordinal)
            ? r with { Resource = "erased" + r.Resource[Ada.Length..] }
            : r).ToList();

        await using (await RefusedWrites.ForKeyAsync(_cluster, audit.SegmentKey(2)))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => audit.Log.RedactAsync(Ada, "erased"));
            var listed = Enumerable.Reverse(await audit.ListAllAsync(Size)).ToList();
            Assert.Equal(expected.Take(2 * Size), listed.Take(2 * Size));
            Assert.Equal(records.Skip(2 * Size), listed.Skip(2 * Size));
        }

        Assert.Equal(expected.Skip(2 * Size).Zip(records.Skip(2 * Size)).Count(x => x.First != x.Second), await audit.Log.RedactAsync(Ada, "erased"));
        Assert.Equal(Enumerable.Reverse(expected), await audit.ListAllAsync(Size));
    }

    [Fact]
    public async Task Redaction_refuses_a_replacement_that_it_would_cover_again()
    {
        var audit = new AuditLogDriver(_cluster, "audit-redact-refused");
        await audit.AppendAsync([AuditLogDriver.Record(0, Ada)]);

        await Assert.ThrowsAsync<ArgumentException>(() => audit.Log.RedactAsync(Ada, $"{Ada}/erased"));
        await Assert.ThrowsAsync<ArgumentException>(() => audit.Log.RedactAsync("", "erased"));

        Assert.Equal([AuditLogDriver.Record(0, Ada)], await audit.ListAllAsync(10));
    }

    [Fact]
    public async Task Find_returns_the_records_naming_exactly_a_resource_newest_first_across_segments()
    {
        var audit = new AuditLogDriver(_cluster, "audit-find");
        var records = Enumerable.Range(0, 3 * Size).Select(i => AuditLogDriver.Record(i, ResourceOf(i))).ToList();
        await audit.AppendAsync(records);

        var found = await audit.Log.FindAsync(Ada);

        Assert.Equal(Enumerable.Reverse(records).Where(r => r.Resource == Ada), found);
        Assert.Contains(found, r => r.Time < DateTimeOffset.UnixEpoch.AddSeconds(Size));
        Assert.Contains(found, r => r.Time >= DateTimeOffset.UnixEpoch.AddSeconds(2 * Size));
        Assert.Empty(await audit.Log.FindAsync("programmes/p/participants/nobody"));
    }

    /// <summary>Ada and her match appear in the first and last segments only; the middle one names neighbours that must stay.</summary>
    [Fact]
    public async Task A_whole_resource_redaction_replaces_every_participant_under_a_programme_with_one_placeholder_and_is_repeatable()
    {
        var audit = new AuditLogDriver(_cluster, "audit-redact-whole");
        var records = Enumerable.Range(0, Size + 10).Select(i => AuditLogDriver.Record(i, ResourceOf(i))).ToList();
        await audit.AppendAsync(records);
        const string Participants = "programmes/p/participants";
        const string Placeholder = "programmes/p/participants/erased-all";

        var changed = await audit.Log.RedactAsync(Participants, Placeholder, wholeResource: true);

        var expected = records.Select(r => r.Resource.StartsWith(Participants + "/", StringComparison.Ordinal) ? r with { Resource = Placeholder } : r).ToList();
        Assert.Equal(records.Count(r => r.Resource.StartsWith(Participants + "/", StringComparison.Ordinal)), changed);
        Assert.Equal(Enumerable.Reverse(expected), await audit.ListAllAsync(Size));
        Assert.Contains(expected, r => r.Resource == "programmes/p");
        Assert.Equal(0, await audit.Log.RedactAsync(Participants, Placeholder, wholeResource: true));
    }

    private static string ResourceOf(int sequence) =>
        sequence / Size == 1 ? Resources[2 + sequence % 4] : Resources[sequence % Resources.Length];

    private async Task<List<long?>> VersionsAsync(AuditLogDriver audit)
    {
        var versions = new List<long?>();
        for (var segment = 0; segment < 3; segment++)
        {
            versions.Add(await _cluster.Table.VersionAsync(audit.SegmentKey(segment), StorageNames.AuditSegmentState));
        }

        return versions;
    }
}
