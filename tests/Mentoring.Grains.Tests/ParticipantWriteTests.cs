using Mentoring.Abstractions;
using Mentoring.Domain;
using Mentoring.Grains.Tests.Support;

namespace Mentoring.Grains.Tests;

[Collection(SharedClusterCollection.Name)]
public sealed class ParticipantWriteTests(PostgresClusterFixture fixture)
{
    private readonly IClusterClient _grains = fixture.Client;
    private readonly MentoringTestCluster _cluster = fixture.Cluster;
    private readonly StorageTable _table = fixture.Cluster.Table;

    [Fact]
    public async Task Create_mode_stores_a_new_participant_and_indexes_it()
    {
        var programmeId = await NewProgrammeAsync("create");
        var participant = ParticipantBuilder.In(programmeId).WithId("ada").As(ParticipantRole.Mentor).Build();

        var result = await _grains.Participant(programmeId, "ada").WriteAsync(participant, WriteMode.Create, expectedEtag: null);

        Assert.Equal(WriteStatus.Created, result.Status);
        Assert.True(ContentEquality.Same(participant, result.Snapshot!.Participant));
        Assert.Equal(1, await _table.CountRowsAsync(GrainKeys.Participant(programmeId, "ada"), StorageNames.ParticipantState));
        Assert.Equal(["ada"], await ListedIdsAsync(programmeId));
    }

    [Fact]
    public async Task Create_mode_over_different_content_is_already_exists_and_keeps_the_stored_profile()
    {
        var programmeId = await NewProgrammeAsync("create-conflict");
        var original = await Write(programmeId, ParticipantBuilder.In(programmeId).WithId("ada"), WriteMode.Create);

        var result = await _grains.Participant(programmeId, "ada")
            .WriteAsync(ParticipantBuilder.In(programmeId).WithId("ada").Named("Someone else").Build(), WriteMode.Create, expectedEtag: null);

        Assert.Equal(WriteStatus.AlreadyExists, result.Status);
        Snapshots.AssertSame(original, await _grains.Participant(programmeId, "ada").GetAsync());
    }

    [Fact]
    public async Task Update_mode_on_a_missing_participant_is_not_found_and_stores_nothing()
    {
        var programmeId = await NewProgrammeAsync("update-missing");

        var result = await _grains.Participant(programmeId, "ghost")
            .WriteAsync(ParticipantBuilder.In(programmeId).WithId("ghost").Build(), WriteMode.Update, expectedEtag: null);

        Assert.Equal(WriteStatus.NotFound, result.Status);
        Assert.Null(result.Snapshot);
        Assert.Null(await _grains.Participant(programmeId, "ghost").GetAsync());
        Assert.Equal(0, await _table.CountRowsAsync(GrainKeys.Participant(programmeId, "ghost"), StorageNames.ParticipantState));
        Assert.Empty(await ListedIdsAsync(programmeId));
    }

    [Fact]
    public async Task Update_mode_replaces_an_existing_participant_and_moves_the_etag()
    {
        var programmeId = await NewProgrammeAsync("update");
        var original = await Write(programmeId, ParticipantBuilder.In(programmeId).WithId("ada"), WriteMode.Create);

        var result = await _grains.Participant(programmeId, "ada")
            .WriteAsync(ParticipantBuilder.In(programmeId).WithId("ada").InDepartment("Research").Build(), WriteMode.Update, original.Etag);

        Assert.Equal(WriteStatus.Updated, result.Status);
        Assert.NotEqual(original.Etag, result.Snapshot!.Etag);
        Assert.Equal(original.CreateTime, result.Snapshot.CreateTime);
        Assert.Equal("Research", (await _grains.Participant(programmeId, "ada").GetAsync())!.Participant.Department);
    }

    [Fact]
    public async Task Upsert_creates_a_missing_participant_then_replaces_it()
    {
        var programmeId = await NewProgrammeAsync("upsert");

        var created = await _grains.Participant(programmeId, "ada")
            .WriteAsync(ParticipantBuilder.In(programmeId).WithId("ada").Build(), WriteMode.Upsert, expectedEtag: null);
        var replaced = await _grains.Participant(programmeId, "ada")
            .WriteAsync(ParticipantBuilder.In(programmeId).WithId("ada").WithSeniority(9).Build(), WriteMode.Upsert, expectedEtag: null);

        Assert.Equal(WriteStatus.Created, created.Status);
        Assert.Equal(WriteStatus.Updated, replaced.Status);
        Assert.NotEqual(created.Snapshot!.Etag, replaced.Snapshot!.Etag);
        Assert.Equal(9, (await _grains.Participant(programmeId, "ada").GetAsync())!.Participant.SeniorityYears);
    }

    [Fact]
    public async Task Upserting_the_same_participant_twice_is_unchanged_keeps_the_etag_and_lists_it_once()
    {
        var programmeId = await NewProgrammeAsync("upsert-twice");
        var first = await Write(programmeId, ParticipantBuilder.In(programmeId).WithId("ada"), WriteMode.Upsert);
        var storedVersion = await _table.VersionAsync(GrainKeys.Participant(programmeId, "ada"), StorageNames.ParticipantState);

        var second = await _grains.Participant(programmeId, "ada")
            .WriteAsync(ParticipantBuilder.In(programmeId).WithId("ada").Build(), WriteMode.Upsert, expectedEtag: null);

        Assert.Equal(WriteStatus.Unchanged, second.Status);
        Snapshots.AssertSame(first, second.Snapshot);
        Assert.Equal(storedVersion, await _table.VersionAsync(GrainKeys.Participant(programmeId, "ada"), StorageNames.ParticipantState));
        Assert.Equal(["ada"], await ListedIdsAsync(programmeId));
    }

    [Fact]
    public async Task Repeating_a_write_after_reactivation_is_still_unchanged()
    {
        var programmeId = await NewProgrammeAsync("upsert-reload");
        var first = await Write(programmeId, ParticipantBuilder.In(programmeId).WithId("ada"), WriteMode.Upsert);
        await _cluster.Cluster.DeactivateAsync(_grains.Participant(programmeId, "ada"));

        var second = await _grains.Participant(programmeId, "ada")
            .WriteAsync(ParticipantBuilder.In(programmeId).WithId("ada").Build(), WriteMode.Upsert, expectedEtag: null);

        Assert.Equal(WriteStatus.Unchanged, second.Status);
        Snapshots.AssertSame(first, second.Snapshot);
    }

    [Theory]
    [InlineData(WriteMode.Update)]
    [InlineData(WriteMode.Upsert)]
    public async Task Writing_with_a_stale_etag_is_etag_mismatch_and_keeps_the_stored_profile(WriteMode mode)
    {
        var programmeId = await NewProgrammeAsync("stale");
        var original = await Write(programmeId, ParticipantBuilder.In(programmeId).WithId("ada"), WriteMode.Create);
        var current = (await _grains.Participant(programmeId, "ada")
            .WriteAsync(ParticipantBuilder.In(programmeId).WithId("ada").Named("Ada King").Build(), WriteMode.Update, original.Etag)).Snapshot!;

        var stale = await _grains.Participant(programmeId, "ada")
            .WriteAsync(ParticipantBuilder.In(programmeId).WithId("ada").Named("Ada Byron").Build(), mode, original.Etag);

        Assert.Equal(WriteStatus.EtagMismatch, stale.Status);
        Snapshots.AssertSame(current, stale.Snapshot);
        Snapshots.AssertSame(current, await _grains.Participant(programmeId, "ada").GetAsync());
    }

    [Fact]
    public async Task Creating_with_an_etag_when_nothing_exists_is_etag_mismatch()
    {
        var programmeId = await NewProgrammeAsync("etag-missing");

        var result = await _grains.Participant(programmeId, "ada")
            .WriteAsync(ParticipantBuilder.In(programmeId).WithId("ada").Build(), WriteMode.Upsert, "\"1\"");

        Assert.Equal(WriteStatus.EtagMismatch, result.Status);
        Assert.Null(await _grains.Participant(programmeId, "ada").GetAsync());
    }

    [Fact]
    public async Task Deleting_a_participant_removes_its_row_and_so_its_listing_entry_durably()
    {
        var programmeId = await NewProgrammeAsync("delete");
        var ada = await Write(programmeId, ParticipantBuilder.In(programmeId).WithId("ada"), WriteMode.Create);
        await Write(programmeId, ParticipantBuilder.In(programmeId).WithId("bob"), WriteMode.Create);
        var key = GrainKeys.Participant(programmeId, "ada");
        Assert.Equal(1, await _table.CountRowsAsync(key, StorageNames.ParticipantState));

        var status = await _grains.Participant(programmeId, "ada").DeleteAsync(ada.Etag);

        Assert.Equal(WriteStatus.Deleted, status);
        Assert.Equal(0, await _table.CountRowsAsync(key, StorageNames.ParticipantState));
        Assert.Null(await _grains.Participant(programmeId, "ada").GetAsync());
        Assert.Equal(["bob"], await ListedIdsAsync(programmeId));

        // Read back from the database, not from an activation's memory.
        await _cluster.Cluster.DeactivateAsync(_grains.Participant(programmeId, "ada"));
        Assert.Null(await _grains.Participant(programmeId, "ada").GetAsync());
        Assert.Equal(["bob"], await ListedIdsAsync(programmeId));
    }

    [Fact]
    public async Task Deleting_with_a_stale_etag_is_etag_mismatch_and_keeps_the_participant()
    {
        var programmeId = await NewProgrammeAsync("delete-stale");
        var original = await Write(programmeId, ParticipantBuilder.In(programmeId).WithId("ada"), WriteMode.Create);
        var current = (await _grains.Participant(programmeId, "ada")
            .WriteAsync(ParticipantBuilder.In(programmeId).WithId("ada").WithSeniority(7).Build(), WriteMode.Update, original.Etag)).Snapshot!;

        var status = await _grains.Participant(programmeId, "ada").DeleteAsync(original.Etag);

        Assert.Equal(WriteStatus.EtagMismatch, status);
        Snapshots.AssertSame(current, await _grains.Participant(programmeId, "ada").GetAsync());
        Assert.Equal(1, await _table.CountRowsAsync(GrainKeys.Participant(programmeId, "ada"), StorageNames.ParticipantState));
        Assert.Equal(["ada"], await ListedIdsAsync(programmeId));
    }

    [Fact]
    public async Task Deleting_a_missing_participant_is_not_found()
    {
        var programmeId = await NewProgrammeAsync("delete-missing");

        var status = await _grains.Participant(programmeId, "ghost").DeleteAsync(expectedEtag: null);

        Assert.Equal(WriteStatus.NotFound, status);
    }

    private async Task<string> NewProgrammeAsync(string purpose)
    {
        var id = TestIds.Programme(purpose);
        await _grains.CreateProgrammeAsync(id);
        return id;
    }

    private async Task<ParticipantSnapshot> Write(string programmeId, ParticipantBuilder participant, WriteMode mode)
    {
        var built = participant.Build();
        var result = await _grains.Participant(programmeId, built.Id).WriteAsync(built, mode, expectedEtag: null);
        Assert.Equal(WriteStatus.Created, result.Status);
        return result.Snapshot!;
    }

    private async Task<List<string>> ListedIdsAsync(string programmeId) =>
        [.. (await _grains.Programme(programmeId).ListAllParticipantsAsync(pageSize: 10)).Select(s => s.Participant.Id)];
}
