using Mentoring.Abstractions;
using Mentoring.Domain;
using Mentoring.Grains.Tests.Support;
using Mentoring.Testing;

namespace Mentoring.Grains.Tests;

/// <summary>Starts and stops its own clusters on its own database.</summary>
public sealed class DurabilityTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    private const string ServiceId = "mentoring-durability-tests";

    [Fact]
    public async Task A_new_cluster_on_the_same_database_reads_everything_back_unchanged()
    {
        var storage = TestStorage.PostgreSql(database.ConnectionString);
        var programmeId = TestIds.Programme("durable");
        ProgrammeSnapshot programme;
        ParticipantSnapshot[] kept;
        string[] deletedIds;

        await using (var first = await MentoringTestCluster.StartAsync(storage, silos: 3, ServiceId))
        {
            var grains = first.Client;
            var created = await grains.CreateProgrammeAsync(programmeId);
            programme = (await grains.Programme(programmeId).UpdateAsync(ProgrammeBuilder.WithId(programmeId).Named("Renamed").Build(), created.Etag)).Snapshot!;
            var written = await grains.CreateParticipantsAsync(programmeId, 90);
            var updated = await Task.WhenAll(written.Take(10).Select(p =>
                grains.Participant(programmeId, p.Participant.Id).WriteAsync(p.Participant with { SeniorityYears = 12 }, WriteMode.Update, p.Etag)));
            var deleted = written.Skip(10).Take(10).ToArray();
            await Task.WhenAll(deleted.Select(p => grains.Participant(programmeId, p.Participant.Id).DeleteAsync(p.Etag)));
            kept = [.. updated.Select(r => r.Snapshot!), .. written.Skip(20)];
            deletedIds = [.. deleted.Select(p => p.Participant.Id)];
        }

        await using var second = await MentoringTestCluster.StartAsync(storage, silos: 2, ServiceId);
        var again = second.Client;

        Snapshots.AssertSame(programme, await again.Programme(programmeId).GetAsync());
        Assert.Contains(programmeId, await again.ProgrammeDirectory().ListAllProgrammeIdsAsync());
        foreach (var snapshot in kept)
        {
            Snapshots.AssertSame(snapshot, await again.Participant(programmeId, snapshot.Participant.Id).GetAsync());
        }

        foreach (var id in deletedIds)
        {
            Assert.Null(await again.Participant(programmeId, id).GetAsync());
        }

        var listed = await again.Programme(programmeId).ListAllParticipantsAsync(pageSize: 9);
        Assert.Equal(kept.Select(p => p.Participant.Id).Order(), listed.Select(p => p.Participant.Id).Order());
        Assert.Equal(
            kept.Count(p => p.Participant.Role == ParticipantRole.Peer),
            (await again.Programme(programmeId).ListAllParticipantsAsync(pageSize: 9, ParticipantRole.Peer)).Count);

        var rewrite = await again.Participant(programmeId, kept[0].Participant.Id).WriteAsync(kept[0].Participant, WriteMode.Upsert, kept[0].Etag);
        Assert.Equal(WriteStatus.Unchanged, rewrite.Status);
    }
}
