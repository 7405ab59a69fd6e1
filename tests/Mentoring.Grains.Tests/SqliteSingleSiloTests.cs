using Mentoring.Abstractions;
using Mentoring.Grains.Tests.Support;

namespace Mentoring.Grains.Tests;

public sealed class SqliteSingleSiloTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    private IClusterClient Grains => fixture.Cluster.Client;

    private StorageTable Table => fixture.Cluster.Table;

    [Fact]
    public async Task Creating_the_same_programme_again_is_unchanged_on_sqlite()
    {
        var id = TestIds.Programme("sqlite-create");
        var first = await Grains.Programme(id).CreateAsync(ProgrammeBuilder.WithId(id).Build());

        var second = await Grains.Programme(id).CreateAsync(ProgrammeBuilder.WithId(id).Build());

        Assert.Equal(WriteStatus.Created, first.Status);
        Assert.Equal(WriteStatus.Unchanged, second.Status);
        Snapshots.AssertSame(first.Snapshot!, second.Snapshot);
        Assert.Equal(1, await Table.CountRowsAsync(GrainKeys.Programme(id), StorageNames.ProgrammeState));
    }

    [Fact]
    public async Task Upserting_the_same_participant_twice_is_unchanged_and_does_not_write_on_sqlite()
    {
        var programmeId = TestIds.Programme("sqlite-upsert");
        await Grains.CreateProgrammeAsync(programmeId);
        var participant = ParticipantBuilder.In(programmeId).WithId("ada").Build();
        var first = await Grains.Participant(programmeId, "ada").WriteAsync(participant, WriteMode.Upsert, expectedEtag: null);
        var version = await Table.VersionAsync(GrainKeys.Participant(programmeId, "ada"), StorageNames.ParticipantState);

        var second = await Grains.Participant(programmeId, "ada").WriteAsync(ParticipantBuilder.In(programmeId).WithId("ada").Build(), WriteMode.Upsert, expectedEtag: null);

        Assert.Equal(WriteStatus.Unchanged, second.Status);
        Snapshots.AssertSame(first.Snapshot!, second.Snapshot);
        Assert.NotNull(version);
        Assert.Equal(version, await Table.VersionAsync(GrainKeys.Participant(programmeId, "ada"), StorageNames.ParticipantState));
    }

    [Fact]
    public async Task Deleting_a_participant_removes_its_row_on_sqlite()
    {
        var programmeId = TestIds.Programme("sqlite-delete");
        await Grains.CreateProgrammeAsync(programmeId);
        var written = await Grains.CreateParticipantsAsync(programmeId, 3);
        var key = GrainKeys.Participant(programmeId, written[0].Participant.Id);
        Assert.Equal(1, await Table.CountRowsAsync(key, StorageNames.ParticipantState));

        var status = await Grains.Participant(programmeId, written[0].Participant.Id).DeleteAsync(written[0].Etag);

        Assert.Equal(WriteStatus.Deleted, status);
        Assert.Equal(0, await Table.CountRowsAsync(key, StorageNames.ParticipantState));
        Assert.Equal(2, (await Grains.Programme(programmeId).ListAllParticipantsAsync(pageSize: 2)).Count);
    }

    [Fact]
    public async Task Force_deleting_a_programme_erases_participant_rows_on_sqlite()
    {
        var programmeId = TestIds.Programme("sqlite-erase");
        await Grains.CreateProgrammeAsync(programmeId);
        var written = await Grains.CreateParticipantsAsync(programmeId, 12);

        var status = await Grains.Programme(programmeId).DeleteAsync(expectedEtag: null, force: true);

        Assert.Equal(WriteStatus.Deleted, status);
        foreach (var snapshot in written)
        {
            Assert.Equal(0, await Table.CountRowsAsync(GrainKeys.Participant(programmeId, snapshot.Participant.Id), StorageNames.ParticipantState));
        }

        Assert.DoesNotContain(programmeId, await Grains.ProgrammeDirectory().ListAllProgrammeIdsAsync());
    }

    [Fact]
    public async Task Everything_reads_back_unchanged_after_the_silo_restarts_on_sqlite()
    {
        var programmeId = TestIds.Programme("sqlite-restart");
        var programme = await Grains.CreateProgrammeAsync(programmeId);
        var written = await Grains.CreateParticipantsAsync(programmeId, 100);

        await fixture.RestartAsync();

        Snapshots.AssertSame(programme, await Grains.Programme(programmeId).GetAsync());
        foreach (var snapshot in written)
        {
            Snapshots.AssertSame(snapshot, await Grains.Participant(programmeId, snapshot.Participant.Id).GetAsync());
        }

        var listed = await Grains.Programme(programmeId).ListAllParticipantsAsync(pageSize: 8);
        Assert.Equal(written.Select(s => s.Participant.Id).Order(), listed.Select(s => s.Participant.Id).Order());
        Assert.Contains(programmeId, await Grains.ProgrammeDirectory().ListAllProgrammeIdsAsync());
    }
}
