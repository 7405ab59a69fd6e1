using Mentoring.Abstractions;
using Mentoring.Abstractions.Security;
using Mentoring.Grains.Tests.Support;
using Mentoring.Testing;

namespace Mentoring.Grains.Tests.Retention;

/// <summary>The programme grain's retention reminder purges a programme once its purge time has passed, and only then.</summary>
public sealed class RetentionTests(RetentionSiloFixture fixture) : IClassFixture<RetentionSiloFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private IClusterClient Grains => fixture.Cluster.Client;

    private StorageTable Table => fixture.Cluster.Table;

    [Fact]
    public async Task A_programme_past_its_purge_time_is_purged_with_its_participants_without_any_call()
    {
        var id = TestIds.Programme("overdue");
        await CreateAsync(id, null);
        var participants = await Grains.CreateParticipantsAsync(id, 6);
        var ended = await EndAsync(id, DateTimeOffset.UtcNow.AddDays(-30));
        Assert.Equal(ended.Programme.EndTime, ended.PurgeTime);

        // The purge deletes the programme, appends the audit record, and only then drops the reminder.
        await WaitUntilAsync(async () => await Table.CountRemindersAsync(GrainKeys.Programme(id), ProgrammeGrain.RetentionReminder) == 0, "the reminder to go");

        Assert.Equal(0, await Table.CountRowsAsync(GrainKeys.Programme(id), StorageNames.ProgrammeState));
        Assert.All(await Table.RowsContainingAsync(id), row => Assert.StartsWith($"{StorageNames.AuditSegmentState} ", row, StringComparison.Ordinal));
        foreach (var participant in participants)
        {
            Assert.Equal(0, await Table.CountRowsAsync(GrainKeys.Participant(id, participant.Participant.Id), StorageNames.ParticipantState));
        }

        Assert.Null(await Grains.Programme(id).GetAsync());
        Assert.Empty((await Grains.Programme(id).ListParticipantsAsync(ParticipantCursor.Start, 100, null)).Participants);
        Assert.DoesNotContain(id, (await Grains.ProgrammeDirectory().ListAsync(null, 1000)).ParticipantIds);
        var audit = await Grains.GetGrain<IAuditLogGrain>(SecurityKeys.AuditLog(GrainKeys.DefaultTenant)).ListAsync(null, 1000);
        var record = Assert.Single(audit.Records, r => r.Resource == GrainKeys.Programme(id));
        Assert.Equal(("system:retention", "Retention/PurgeProgramme", "OK"), (record.Actor, record.Method, record.Outcome));
    }

    [Fact]
    public async Task A_programme_is_kept_until_its_purge_time_and_purged_after_it()
    {
        var id = TestIds.Programme("kept");
        await CreateAsync(id, null);
        await Grains.CreateParticipantsAsync(id, 3);
        var purgeTime = DateTimeOffset.UtcNow.AddSeconds(5);
        await EndAsync(id, purgeTime);

        // The reminder checks every second; whenever the programme is seen gone, the purge time must have passed.
        var seenBeforePurgeTime = 0;
        var gone = await Eventually.WaitAsync(
            async () =>
            {
                var exists = await Grains.Programme(id).GetAsync() is not null;
                var observedAt = DateTimeOffset.UtcNow;
                if (exists && observedAt < purgeTime)
                {
                    seenBeforePurgeTime++;
                }

                return (Exists: exists, ObservedAt: observedAt);
            },
            observed => !observed.Exists,
            Timeout,
            "the purge",
            TimeSpan.FromMilliseconds(50));
        Assert.True(gone.ObservedAt >= purgeTime, $"purged at {gone.ObservedAt:O}, before its purge time {purgeTime:O}");

        Assert.True(seenBeforePurgeTime > 0);

        // The programme reads as gone as soon as the purge starts; its data goes before the reminder does.
        await WaitUntilAsync(async () => await Table.CountRemindersAsync(GrainKeys.Programme(id), ProgrammeGrain.RetentionReminder) == 0, "the purge to finish");
        Assert.Equal(0, await Table.CountRowsAsync(GrainKeys.Participant(id, TestIds.Participant(0)), StorageNames.ParticipantState));
    }

    [Fact]
    public async Task Clearing_the_end_time_cancels_the_purge()
    {
        var endTime = DateTimeOffset.UtcNow.AddSeconds(5);
        var cleared = TestIds.Programme("cleared");
        var control = TestIds.Programme("control");
        var created = await CreateAsync(cleared, endTime);
        await CreateAsync(control, endTime);
        Assert.Equal(1, await Table.CountRemindersAsync(GrainKeys.Programme(cleared), ProgrammeGrain.RetentionReminder));

        var updated = await Grains.Programme(cleared).UpdateAsync(ProgrammeBuilder.WithId(cleared).EndingAt(null).Build(), created.Etag);

        Assert.Equal(WriteStatus.Updated, updated.Status);
        Assert.Null(updated.Snapshot!.PurgeTime);
        Assert.Equal(0, await Table.CountRemindersAsync(GrainKeys.Programme(cleared), ProgrammeGrain.RetentionReminder));
        await WaitUntilAsync(async () => await Grains.Programme(control).GetAsync() is null, "the control programme, with the same end time, to be purged");
        Assert.NotNull(await Grains.Programme(cleared).GetAsync());
    }

    [Fact]
    public async Task Moving_the_end_time_later_keeps_the_programme_past_its_old_purge_time()
    {
        var endTime = DateTimeOffset.UtcNow.AddSeconds(5);
        var moved = TestIds.Programme("moved");
        var control = TestIds.Programme("control");
        var created = await CreateAsync(moved, endTime);
        await CreateAsync(control, endTime);

        var updated = await Grains.Programme(moved).UpdateAsync(ProgrammeBuilder.WithId(moved).EndingAt(endTime.AddDays(30)).Build(), created.Etag);

        Assert.Equal(endTime.AddDays(30), updated.Snapshot!.PurgeTime);
        await WaitUntilAsync(async () => await Grains.Programme(control).GetAsync() is null, "the control programme to be purged");
        Assert.NotNull(await Grains.Programme(moved).GetAsync());
        Assert.Equal(1, await Table.CountRemindersAsync(GrainKeys.Programme(moved), ProgrammeGrain.RetentionReminder));
    }

    [Fact]
    public async Task Deleting_a_programme_removes_its_reminder()
    {
        var id = TestIds.Programme("deleted");
        await CreateAsync(id, DateTimeOffset.UtcNow.AddDays(30));
        Assert.Equal(1, await Table.CountRemindersAsync(GrainKeys.Programme(id), ProgrammeGrain.RetentionReminder));

        Assert.Equal(WriteStatus.Deleted, await Grains.Programme(id).DeleteAsync(expectedEtag: null, force: true));

        Assert.Equal(0, await Table.CountRemindersAsync(GrainKeys.Programme(id), ProgrammeGrain.RetentionReminder));
    }

    [Fact]
    public async Task A_programme_without_an_end_time_has_no_reminder_and_no_purge_time()
    {
        var id = TestIds.Programme("endless");

        var created = await CreateAsync(id, null);

        Assert.Null(created.PurgeTime);
        Assert.Equal(0, await Table.CountRemindersAsync(GrainKeys.Programme(id), ProgrammeGrain.RetentionReminder));
    }

    /// <summary>Gives an existing programme its end time, after its participants are in (an overdue purge may start at once).</summary>
    private async Task<ProgrammeSnapshot> EndAsync(string id, DateTimeOffset endTime)
    {
        var result = await Grains.Programme(id).UpdateAsync(ProgrammeBuilder.WithId(id).EndingAt(endTime).Build(), expectedEtag: null);
        Assert.Equal(WriteStatus.Updated, result.Status);
        return result.Snapshot!;
    }

    private async Task<ProgrammeSnapshot> CreateAsync(string id, DateTimeOffset? endTime)
    {
        var result = await Grains.Programme(id).CreateAsync(ProgrammeBuilder.WithId(id).EndingAt(endTime).Build());
        Assert.Equal(WriteStatus.Created, result.Status);
        return result.Snapshot!;
    }

    private static Task WaitUntilAsync(Func<Task<bool>> condition, string what) =>
        Eventually.UntilAsync(condition, Timeout, what, TimeSpan.FromMilliseconds(50));
}
