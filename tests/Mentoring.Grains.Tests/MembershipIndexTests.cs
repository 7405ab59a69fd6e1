using Mentoring.Abstractions;
using Mentoring.Domain;
using Mentoring.Grains.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Mentoring.Grains.Tests;

[Collection(SharedClusterCollection.Name)]
public sealed class MembershipIndexTests(PostgresClusterFixture fixture)
{
    private readonly IClusterClient _grains = fixture.Client;
    private readonly MentoringTestCluster _cluster = fixture.Cluster;

    [Theory]
    [InlineData(7)]
    [InlineData(64)]
    public async Task Paging_through_participants_returns_every_participant_exactly_once(int pageSize)
    {
        var programmeId = TestIds.Programme("paging");
        await _grains.CreateProgrammeAsync(programmeId);
        var written = await _grains.CreateParticipantsAsync(programmeId, 500);

        var listed = await _grains.Programme(programmeId).ListAllParticipantsAsync(pageSize);

        var listedIds = listed.Select(s => s.Participant.Id).ToList();
        Assert.Equal(listedIds.Count, listedIds.Distinct().Count());
        Assert.Equal(written.Select(s => s.Participant.Id).Order(), listedIds.Order());
        foreach (var snapshot in written)
        {
            Snapshots.AssertSame(snapshot, listed.Single(s => s.Participant.Id == snapshot.Participant.Id));
        }
    }

    [Theory]
    [InlineData(ParticipantRole.Mentor)]
    [InlineData(ParticipantRole.Mentee)]
    [InlineData(ParticipantRole.Peer)]
    public async Task Filtering_by_role_lists_exactly_the_participants_of_that_role(ParticipantRole role)
    {
        var programmeId = TestIds.Programme("roles");
        await _grains.CreateProgrammeAsync(programmeId);
        var written = await _grains.CreateParticipantsAsync(programmeId, 150);

        var listed = await _grains.Programme(programmeId).ListAllParticipantsAsync(pageSize: 5, role);

        var expected = written.Where(s => s.Participant.Role == role).Select(s => s.Participant.Id).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.All(listed, s => Assert.Equal(role, s.Participant.Role));
        Assert.Equal(expected, listed.Select(s => s.Participant.Id).Order());
    }

    [Fact]
    public async Task A_participant_whose_role_changes_is_listed_under_the_new_role_only()
    {
        var programmeId = TestIds.Programme("re-role");
        await _grains.CreateProgrammeAsync(programmeId);
        var mentee = (await _grains.CreateParticipantsAsync([ParticipantBuilder.In(programmeId).WithId("ada").As(ParticipantRole.Mentee).Build()]))[0];

        await _grains.Participant(programmeId, "ada")
            .WriteAsync(ParticipantBuilder.In(programmeId).WithId("ada").As(ParticipantRole.Mentor).Build(), WriteMode.Update, mentee.Etag);

        Assert.Empty(await _grains.Programme(programmeId).ListAllParticipantsAsync(pageSize: 3, ParticipantRole.Mentee));
        Assert.Equal(["ada"], (await _grains.Programme(programmeId).ListAllParticipantsAsync(pageSize: 3, ParticipantRole.Mentor)).Select(s => s.Participant.Id));
    }

    [Fact]
    public async Task Deleted_participants_disappear_from_the_listing()
    {
        var programmeId = TestIds.Programme("deletes");
        await _grains.CreateProgrammeAsync(programmeId);
        var written = await _grains.CreateParticipantsAsync(programmeId, 120);
        var deleted = written.Where((_, i) => i % 3 == 0).ToList();

        var statuses = await Task.WhenAll(deleted.Select(s => _grains.Participant(programmeId, s.Participant.Id).DeleteAsync(s.Etag)));

        Assert.All(statuses, status => Assert.Equal(WriteStatus.Deleted, status));
        var listed = (await _grains.Programme(programmeId).ListAllParticipantsAsync(pageSize: 11)).Select(s => s.Participant.Id).Order();
        var expected = written.Except(deleted).Select(s => s.Participant.Id).Order();
        Assert.Equal(expected, listed);
    }

    [Fact]
    public async Task Concurrent_writes_into_one_shard_are_all_stored()
    {
        var programmeId = TestIds.Programme("group-commit");
        await _grains.CreateProgrammeAsync(programmeId);
        const int Shard = 17;
        var ids = IdsInShard(Shard, count: 200);
        var participants = ids.Select((id, i) => ParticipantBuilder.In(programmeId).WithId(id).As(Seeding.RoleOf(i)).Build()).ToList();

        await _grains.CreateParticipantsAsync(participants);
        await DeactivateAsync(programmeId, ids);

        var shard = _grains.MembershipShard(programmeId, Shard);
        Assert.Equal(200, await shard.CountAsync());
        var listed = await _grains.Programme(programmeId).ListAllParticipantsAsync(pageSize: 13);
        Assert.Equal(ids.Order(StringComparer.Ordinal), listed.Select(s => s.Participant.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Concurrent_writes_across_shards_are_all_stored()
    {
        var programmeId = TestIds.Programme("many-shards");
        await _grains.CreateProgrammeAsync(programmeId);

        var written = await _grains.CreateParticipantsAsync(programmeId, 200);
        await DeactivateAsync(programmeId, written.Select(s => s.Participant.Id));

        var listed = await _grains.Programme(programmeId).ListAllParticipantsAsync(pageSize: 20);
        Assert.Equal(written.Select(s => s.Participant.Id).Order(), listed.Select(s => s.Participant.Id).Order());
    }

    private static List<string> IdsInShard(int shard, int count) =>
        [.. Enumerable.Range(0, int.MaxValue).Select(i => $"c-{i}").Where(id => GrainKeys.MembershipShardOf(id) == shard).Take(count)];

    /// <summary>Drops every activation of the programme, so the next reads come from the database.</summary>
    private async Task DeactivateAsync(string programmeId, IEnumerable<string> participantIds)
    {
        var grains = new List<IAddressable> { _grains.Programme(programmeId) };
        grains.AddRange(Enumerable.Range(0, GrainKeys.MembershipShards).Select(shard => _grains.MembershipShard(programmeId, shard)));
        grains.AddRange(participantIds.Select(id => _grains.Participant(programmeId, id)));

        await Task.WhenAll(grains.Select(grain => _cluster.Cluster.DeactivateAsync(grain)));

        Assert.All(grains, grain => Assert.False(_cluster.Cluster.TryGetGrainContext(grain.GetGrainId(), out _), $"{grain.GetGrainId()} is still active."));
    }

    [Fact]
    public async Task A_shard_stores_its_profiles_in_bucket_rows_so_a_change_rewrites_one_bucket()
    {
        var programmeId = TestIds.Programme("buckets");
        await _grains.CreateProgrammeAsync(programmeId);
        await _grains.CreateParticipantsAsync(programmeId, 1600);
        var shardKey = GrainKeys.MembershipShard(programmeId, 0);
        var versions = await BucketVersionsAsync(shardKey);
        var member = (await _grains.MembershipShard(programmeId, 0).ListAsync(null, 1, null)).ParticipantIds[0];
        var profile = (await _grains.Participant(programmeId, member).GetAsync())!;

        await _grains.Participant(programmeId, member).WriteAsync(profile.Participant with { DisplayName = "Renamed" }, WriteMode.Update, null);
        var after = await BucketVersionsAsync(shardKey);

        Assert.Equal(0, await _cluster.Table.CountRowsAsync(shardKey, StorageNames.MembershipState));
        Assert.True(versions.Count(v => v is not null) > 8, $"Only {versions.Count(v => v is not null)} of 16 buckets hold rows.");
        Assert.Equal(1, versions.Zip(after).Count(x => x.First != x.Second));
    }

    [Fact]
    public async Task A_shard_stored_as_one_row_moves_into_buckets_on_activation_and_keeps_every_member()
    {
        var programmeId = TestIds.Programme("legacy-shard");
        await _grains.CreateProgrammeAsync(programmeId);
        var people = Enumerable.Range(0, 40).Select(i => ParticipantBuilder.In(programmeId).WithId($"p{i:D2}").Build()).ToList();
        var shard = _grains.MembershipShard(programmeId, 5);
        var storage = _cluster.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Provider);
        var legacy = new MembershipState { Profiles = people.ToDictionary(p => p.Id, StringComparer.Ordinal) };
        await storage.WriteStateAsync(StorageNames.MembershipState, shard.GetGrainId(), new GrainState<MembershipState>(legacy));

        var listed = await shard.ListAsync(null, 100, null);

        Assert.Equal(people.Select(p => p.Id), listed.ParticipantIds);
        Assert.Equal(0, await _cluster.Table.CountRowsAsync(GrainKeys.MembershipShard(programmeId, 5), StorageNames.MembershipState));
        await _cluster.Cluster.DeactivateAsync(shard);
        Assert.Equal(people.Select(p => p.Id), (await shard.ListAsync(null, 100, null)).ParticipantIds);
    }

    private async Task<List<long?>> BucketVersionsAsync(string shardKey)
    {
        var versions = new List<long?>();
        for (var bucket = 0; bucket < MembershipShardGrain.Buckets; bucket++)
        {
            versions.Add(await _cluster.Table.VersionAsync(shardKey, StorageNames.MembershipBucketState(bucket)));
        }

        return versions;
    }
}
