using Mentoring.Abstractions;
using Mentoring.Grains.Tests.Support;
using Orleans.Runtime;

namespace Mentoring.Grains.Tests;

/// <summary>Has its own cluster because it kills silos.</summary>
public sealed class SiloFailureTests(PostgresClusterFixture fixture) : IClassFixture<PostgresClusterFixture>
{
    private readonly IClusterClient _grains = fixture.Client;
    private readonly MentoringTestCluster _cluster = fixture.Cluster;

    [Fact]
    public async Task Participants_are_served_by_more_than_one_silo()
    {
        var programmeId = TestIds.Programme("spread");
        await _grains.CreateProgrammeAsync(programmeId);
        var participants = await _grains.CreateParticipantsAsync(programmeId, 60);

        var placement = await _grains.ActivationsBySiloAsync(participants.Select(p => _grains.Participant(programmeId, p.Participant.Id)));

        Assert.Equal(60, placement.Values.Sum(ids => ids.Count));
        Assert.True(placement.Count > 1, $"All participants were activated on {string.Join(", ", placement.Keys)}.");
    }

    [Fact]
    public async Task Participants_on_a_killed_silo_read_back_unchanged_from_the_survivors_and_stay_writable()
    {
        var programmeId = TestIds.Programme("kill");
        await _grains.CreateProgrammeAsync(programmeId);
        var written = await _grains.CreateParticipantsAsync(programmeId, 60);
        var references = written.ToDictionary(p => _grains.Participant(programmeId, p.Participant.Id).GetGrainId(), p => p);
        var placement = await _grains.ActivationsBySiloAsync(written.Select(p => _grains.Participant(programmeId, p.Participant.Id)));
        var (victimAddress, onVictim) = placement.MaxBy(entry => entry.Value.Count);
        Assert.NotEmpty(onVictim);
        var victim = _cluster.Cluster.Silos.Single(s => s.SiloAddress.Equals(victimAddress));

        await _cluster.Cluster.KillSiloAsync(victim);
        await _cluster.Cluster.WaitForLivenessToStabilizeAsync(didKill: true);

        foreach (var snapshot in written)
        {
            Snapshots.AssertSame(snapshot, await _grains.Participant(programmeId, snapshot.Participant.Id).GetAsync());
        }

        var listed = await _grains.Programme(programmeId).ListAllParticipantsAsync(pageSize: 25);
        Assert.Equal(written.Select(p => p.Participant.Id).Order(), listed.Select(p => p.Participant.Id).Order());

        var after = await _grains.ActivationsBySiloAsync(written.Select(p => _grains.Participant(programmeId, p.Participant.Id)));
        Assert.DoesNotContain(victimAddress, after.Keys);

        foreach (var grainId in onVictim)
        {
            var before = references[grainId];
            var changed = before.Participant with { DisplayName = before.Participant.DisplayName + " (moved)" };
            var result = await _grains.Participant(programmeId, before.Participant.Id).WriteAsync(changed, WriteMode.Update, before.Etag);

            Assert.Equal(WriteStatus.Updated, result.Status);
            Assert.NotEqual(before.Etag, result.Snapshot!.Etag);
            Snapshots.AssertSame(result.Snapshot, await _grains.Participant(programmeId, before.Participant.Id).GetAsync());
        }
    }
}
