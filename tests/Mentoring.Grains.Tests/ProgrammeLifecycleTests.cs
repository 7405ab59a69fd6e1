using Mentoring.Abstractions;
using Mentoring.Grains.Tests.Support;

namespace Mentoring.Grains.Tests;

[Collection(SharedClusterCollection.Name)]
public sealed class ProgrammeLifecycleTests(PostgresClusterFixture fixture)
{
    private readonly IClusterClient _grains = fixture.Client;
    private readonly StorageTable _table = fixture.Cluster.Table;

    [Fact]
    public async Task Creating_the_same_programme_again_is_unchanged_and_keeps_the_etag()
    {
        var id = TestIds.Programme("idempotent");
        var first = await _grains.Programme(id).CreateAsync(ProgrammeBuilder.WithId(id).Build());

        var second = await _grains.Programme(id).CreateAsync(ProgrammeBuilder.WithId(id).Build());

        Assert.Equal(WriteStatus.Created, first.Status);
        Assert.Equal(WriteStatus.Unchanged, second.Status);
        Snapshots.AssertSame(first.Snapshot!, second.Snapshot);
        Assert.Equal(1, await _table.VersionAsync(GrainKeys.Programme(id), StorageNames.ProgrammeState));
    }

    [Fact]
    public async Task Creating_a_different_programme_under_an_existing_id_is_already_exists_and_keeps_the_original()
    {
        var id = TestIds.Programme("conflict");
        var original = await _grains.CreateProgrammeAsync(id);

        var conflicting = await _grains.Programme(id).CreateAsync(ProgrammeBuilder.WithId(id).Named("Someone else's programme").Build());

        Assert.Equal(WriteStatus.AlreadyExists, conflicting.Status);
        Snapshots.AssertSame(original, await _grains.Programme(id).GetAsync());
    }

    [Fact]
    public async Task Updating_with_the_current_etag_replaces_the_programme_and_moves_the_etag()
    {
        var id = TestIds.Programme("update");
        var created = await _grains.CreateProgrammeAsync(id);
        var changed = ProgrammeBuilder.WithId(id).Described("Now with a spring cohort.").Build();

        var updated = await _grains.Programme(id).UpdateAsync(changed, created.Etag);

        Assert.Equal(WriteStatus.Updated, updated.Status);
        Assert.NotEqual(created.Etag, updated.Snapshot!.Etag);
        Assert.Equal(created.CreateTime, updated.Snapshot.CreateTime);
        Snapshots.AssertSame(updated.Snapshot, await _grains.Programme(id).GetAsync());
        Assert.Equal("Now with a spring cohort.", (await _grains.Programme(id).GetAsync())!.Programme.Description);
    }

    [Fact]
    public async Task Updating_with_a_stale_etag_is_etag_mismatch_and_leaves_the_programme_unchanged()
    {
        var id = TestIds.Programme("stale");
        var created = await _grains.CreateProgrammeAsync(id);
        var current = (await _grains.Programme(id).UpdateAsync(ProgrammeBuilder.WithId(id).RequiringOverlapHours(2).Build(), created.Etag)).Snapshot!;
        var storedVersion = await _table.VersionAsync(GrainKeys.Programme(id), StorageNames.ProgrammeState);

        var stale = await _grains.Programme(id).UpdateAsync(ProgrammeBuilder.WithId(id).RequiringOverlapHours(5).Build(), created.Etag);

        Assert.Equal(WriteStatus.EtagMismatch, stale.Status);
        Snapshots.AssertSame(current, await _grains.Programme(id).GetAsync());
        Assert.Equal(storedVersion, await _table.VersionAsync(GrainKeys.Programme(id), StorageNames.ProgrammeState));
    }

    [Fact]
    public async Task Deleting_a_programme_with_participants_without_force_is_has_children_and_deletes_nothing()
    {
        var id = TestIds.Programme("children");
        var programme = await _grains.CreateProgrammeAsync(id);
        var participants = await _grains.CreateParticipantsAsync(id, 5);

        var status = await _grains.Programme(id).DeleteAsync(expectedEtag: null, force: false);

        Assert.Equal(WriteStatus.HasChildren, status);
        Snapshots.AssertSame(programme, await _grains.Programme(id).GetAsync());
        Assert.Equal(5, (await _grains.Programme(id).ListAllParticipantsAsync(pageSize: 10)).Count);
        foreach (var participant in participants)
        {
            Assert.Equal(1, await _table.CountRowsAsync(GrainKeys.Participant(id, participant.Participant.Id), StorageNames.ParticipantState));
        }
    }

    [Fact]
    public async Task Deleting_a_programme_without_participants_needs_no_force()
    {
        var id = TestIds.Programme("empty");
        await _grains.CreateProgrammeAsync(id);

        var status = await _grains.Programme(id).DeleteAsync(expectedEtag: null, force: false);

        Assert.Equal(WriteStatus.Deleted, status);
        Assert.Null(await _grains.Programme(id).GetAsync());
        Assert.Equal(0, await _table.CountRowsAsync(GrainKeys.Programme(id), StorageNames.ProgrammeState));
    }

    [Fact]
    public async Task Force_deleting_a_programme_erases_its_participant_rows_and_removes_it_from_the_directory()
    {
        var id = TestIds.Programme("erase");
        await _grains.CreateProgrammeAsync(id);
        var participants = await _grains.CreateParticipantsAsync(id, 40);
        var keys = participants.Select(p => GrainKeys.Participant(id, p.Participant.Id)).ToList();
        Assert.Contains(id, await _grains.ProgrammeDirectory().ListAllProgrammeIdsAsync());
        foreach (var key in keys)
        {
            Assert.Equal(1, await _table.CountRowsAsync(key, StorageNames.ParticipantState));
        }

        var status = await _grains.Programme(id).DeleteAsync(expectedEtag: null, force: true);

        Assert.Equal(WriteStatus.Deleted, status);
        foreach (var key in keys)
        {
            Assert.Equal(0, await _table.CountRowsAsync(key, StorageNames.ParticipantState));
        }

        Assert.Equal(0, await _table.CountRowsAsync(GrainKeys.Programme(id), StorageNames.ProgrammeState));
        Assert.Null(await _grains.Programme(id).GetAsync());
        Assert.Null(await _grains.Participant(id, participants[0].Participant.Id).GetAsync());
        Assert.DoesNotContain(id, await _grains.ProgrammeDirectory().ListAllProgrammeIdsAsync());
    }

    [Fact]
    public async Task Deleting_a_programme_with_a_stale_etag_is_etag_mismatch_and_keeps_it()
    {
        var id = TestIds.Programme("stale-delete");
        var created = await _grains.CreateProgrammeAsync(id);
        var current = (await _grains.Programme(id).UpdateAsync(ProgrammeBuilder.WithId(id).Named("Renamed").Build(), created.Etag)).Snapshot!;

        var status = await _grains.Programme(id).DeleteAsync(created.Etag, force: true);

        Assert.Equal(WriteStatus.EtagMismatch, status);
        Snapshots.AssertSame(current, await _grains.Programme(id).GetAsync());
        Assert.Contains(id, await _grains.ProgrammeDirectory().ListAllProgrammeIdsAsync());
    }
}
