using Mentoring.Abstractions;
using Mentoring.Domain;
using Mentoring.Grains.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Grains.Tests;

[Collection(SharedClusterCollection.Name)]
public sealed class ParticipantListingTests(PostgresClusterFixture fixture)
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
    public async Task A_scan_streams_every_profile_once_in_ordinal_id_order_across_decoded_chunks()
    {
        var programmeId = TestIds.Programme("scan");
        await _grains.CreateProgrammeAsync(programmeId);
        var written = await _grains.CreateParticipantsAsync(programmeId, 1_300);

        var scanned = new List<ParticipantState>();
        await foreach (var state in Store.ScanAsync(programmeId, CancellationToken.None))
        {
            scanned.Add(state);
        }

        Assert.Equal(written.Select(s => s.Participant.Id).Order(StringComparer.Ordinal), scanned.Select(s => s.Participant!.Id));
        Assert.Equal(written.Select(s => s.Participant.DisplayName).Order(StringComparer.Ordinal), scanned.Select(s => s.Participant!.DisplayName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_scan_ends_where_the_caller_stops_it_or_cancels_it()
    {
        var programmeId = TestIds.Programme("scan-stop");
        await _grains.CreateProgrammeAsync(programmeId);
        await _grains.CreateParticipantsAsync(programmeId, 1_100);

        var taken = 0;
        await foreach (var _ in Store.ScanAsync(programmeId, CancellationToken.None))
        {
            if (++taken == 600)
            {
                break;
            }
        }

        using var cancel = new CancellationTokenSource();
        var read = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Store.ScanAsync(programmeId, cancel.Token))
            {
                if (++read == 10)
                {
                    await cancel.CancelAsync();
                }
            }
        });
        Assert.Equal(600, taken);
        Assert.InRange(read, 10, 2 * 512);
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
    public async Task Pages_follow_ascending_ordinal_id_order_whatever_the_case_and_punctuation()
    {
        var programmeId = TestIds.Programme("order");
        await _grains.CreateProgrammeAsync(programmeId);
        string[] ids = ["b", "B", "a-1", "a.1", "a_1", "a1", "Z9", "z", "0x", "9", "a", "A-b", "ab", "aB"];
        await _grains.CreateParticipantsAsync([.. ids.Select((id, i) => ParticipantBuilder.In(programmeId).WithId(id).As(Seeding.RoleOf(i)).Build())]);

        var listed = (await _grains.Programme(programmeId).ListAllParticipantsAsync(pageSize: 4)).Select(s => s.Participant.Id).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), listed);
    }

    [Fact]
    public async Task Concurrent_writes_are_all_stored_one_row_each_and_nothing_in_the_grain_storage_table()
    {
        var programmeId = TestIds.Programme("group-commit");
        await _grains.CreateProgrammeAsync(programmeId);

        var written = await _grains.CreateParticipantsAsync(programmeId, 300);
        await DeactivateAsync(programmeId, written.Select(s => s.Participant.Id));

        var listed = await _grains.Programme(programmeId).ListAllParticipantsAsync(pageSize: 20);
        Assert.Equal(written.Select(s => s.Participant.Id).Order(StringComparer.Ordinal), listed.Select(s => s.Participant.Id));
        Assert.Equal(300, await _cluster.Table.CountParticipantRowsAsync(programmeId));
        var rows = await _cluster.Table.RowsContainingAsync($"programmes/{programmeId}/participants/", within: programmeId);
        Assert.Equal(300, rows.Count);
        Assert.All(rows, row => Assert.StartsWith("mentoring_participants programmes/", row));
    }

    [Fact]
    public async Task A_changed_profile_is_listed_as_changed_after_the_activation_is_gone()
    {
        var programmeId = TestIds.Programme("relist");
        await _grains.CreateProgrammeAsync(programmeId);
        var written = await _grains.CreateParticipantsAsync(programmeId, 30);
        var target = written[17];

        var renamed = await _grains.Participant(programmeId, target.Participant.Id)
            .WriteAsync(target.Participant with { DisplayName = "Renamed" }, WriteMode.Update, target.Etag);
        await DeactivateAsync(programmeId, [target.Participant.Id]);

        var listed = await _grains.Programme(programmeId).ListAllParticipantsAsync(pageSize: 7);
        Snapshots.AssertSame(renamed.Snapshot!, listed.Single(s => s.Participant.Id == target.Participant.Id));
    }

    /// <summary>Drops every activation of the programme, so the next reads come from the database.</summary>
    private async Task DeactivateAsync(string programmeId, IEnumerable<string> participantIds)
    {
        var grains = new List<IAddressable> { _grains.Programme(programmeId) };
        grains.AddRange(participantIds.Select(id => _grains.Participant(programmeId, id)));

        await Task.WhenAll(grains.Select(grain => _cluster.Cluster.DeactivateAsync(grain)));

        Assert.All(grains, grain => Assert.False(_cluster.Cluster.TryGetGrainContext(grain.GetGrainId(), out _), $"{grain.GetGrainId()} is still active."));
    }

    private IParticipantStore Store => _cluster.Cluster.Silos[0].ServiceProvider.GetRequiredService<IParticipantStore>();
}
