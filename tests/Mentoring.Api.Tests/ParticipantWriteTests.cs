using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests;

/// <summary>Idempotent writes, optimistic concurrency and field masks, as partners sync from their own systems.</summary>
public sealed class ParticipantWriteTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>, IAsyncLifetime
{
    private readonly Clients _clients = Clients.For(fixture.Gateway);
    private readonly string _programmeId = "writes-" + Guid.NewGuid().ToString("N")[..8];

    private string Parent => $"programmes/{_programmeId}";

    public async Task InitializeAsync() => await _clients.CreateProgrammeAsync(_programmeId);

    public Task DisposeAsync()
    {
        _clients.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Repeating_a_create_leaves_one_participant_and_the_same_etag()
    {
        var first = await CreateAsync("ada", Builders.Mentor());
        var second = await CreateAsync("ada", Builders.Mentor());

        Assert.Equal(first, second);
        Assert.Single(await _clients.ListAllParticipantsAsync(Parent));
    }

    [Fact]
    public async Task Repeating_an_upsert_changes_nothing()
    {
        var first = await UpsertAsync("bo", Builders.Mentee());
        var second = await UpsertAsync("bo", Builders.Mentee());

        Assert.Equal(first.Etag, second.Etag);
        Assert.Equal(first.UpdateTime, second.UpdateTime);
        Assert.Single(await _clients.ListAllParticipantsAsync(Parent));
    }

    [Fact]
    public async Task Creating_an_existing_id_with_other_content_is_already_exists_and_keeps_the_original()
    {
        var original = await CreateAsync("cy", Builders.Mentee("Cy"));

        await RpcAssert.FailsWithAsync(StatusCode.AlreadyExists, () => CreateAsync("cy", Builders.Mentee("Someone else")));

        Assert.Equal(original, await GetAsync("cy"));
    }

    [Fact]
    public async Task An_update_with_a_stale_etag_is_aborted_and_changes_nothing()
    {
        var original = await CreateAsync("di", Builders.Mentee("Di"));
        var changed = await UpdateAsync(original.Clone(), p => p.DisplayName = "Di v2", "display_name");

        var stale = original.Clone();
        stale.DisplayName = "Di from a stale copy";
        await RpcAssert.FailsWithAsync(StatusCode.Aborted, () => UpdateAsync(stale, _ => { }, "display_name"));

        Assert.Equal(changed, await GetAsync("di"));
    }

    [Fact]
    public async Task An_update_mask_changes_only_the_named_fields()
    {
        var original = await CreateAsync("ed", Builders.Mentee("Ed"));
        var patch = new Participant { Name = original.Name, DisplayName = "Edward", TimeZone = "Asia/Tokyo" };

        var updated = await _clients.Participants.UpdateParticipantAsync(new UpdateParticipantRequest
        {
            Participant = patch,
            UpdateMask = new FieldMask { Paths = { "display_name" } },
        });

        Assert.Equal("Edward", updated.DisplayName);
        Assert.Equal(original.TimeZone, updated.TimeZone);
        Assert.Equal(original.SkillsWanted, updated.SkillsWanted);
        Assert.NotEqual(original.Etag, updated.Etag);
    }

    [Fact]
    public async Task An_update_of_a_missing_participant_is_not_found_unless_allowed()
    {
        await RpcAssert.FailsWithAsync(StatusCode.NotFound, async () => await _clients.Participants.UpdateParticipantAsync(
            new UpdateParticipantRequest { Participant = WithName(Builders.Mentee(), "fi") }));

        var created = await UpsertAsync("fi", Builders.Mentee());
        Assert.Equal($"{Parent}/participants/fi", created.Name);
    }

    [Fact]
    public async Task Availability_is_normalised_to_utc_hours_with_the_standard_offset()
    {
        var created = await CreateAsync("gu", Builders.Mentee());

        // Berlin is UTC+1 in standard time: Monday 09:00-11:00 is hours 8 and 9; Thursday 18:30-20:00 keeps only 18:00-19:00 local.
        Assert.Equal([8, 9, (3 * 24) + 18], created.AvailabilityUtcHours);
    }

    [Fact]
    public async Task A_deleted_participant_is_gone_from_reads_and_listings()
    {
        var created = await CreateAsync("hu", Builders.Mentee());

        await _clients.Participants.DeleteParticipantAsync(new DeleteParticipantRequest { Name = created.Name });

        await RpcAssert.FailsWithAsync(StatusCode.NotFound, () => GetAsync("hu"));
        Assert.DoesNotContain(await _clients.ListAllParticipantsAsync(Parent), p => p.Name == created.Name);
    }

    [Fact]
    public async Task Listing_pages_through_every_participant_once_and_filters_by_role()
    {
        for (var i = 0; i < 25; i++)
        {
            await CreateAsync($"list-{i:D2}", i % 5 == 0 ? Builders.Mentor() : Builders.Mentee());
        }

        var all = await _clients.ListAllParticipantsAsync(Parent, pageSize: 4);
        var mentors = await _clients.ListAllParticipantsAsync(Parent, pageSize: 2, role: ParticipantRole.Mentor);

        Assert.Equal(25, all.Select(p => p.Name).Distinct().Count(n => n.Contains("/list-", StringComparison.Ordinal)));
        Assert.Equal(5, mentors.Count(p => p.Name.Contains("/list-", StringComparison.Ordinal)));
        Assert.All(mentors, p => Assert.Equal(ParticipantRole.Mentor, p.Role));
    }

    [Fact]
    public async Task A_page_token_from_another_listing_is_rejected()
    {
        for (var i = 0; i < 3; i++)
        {
            await CreateAsync($"tok-{i}", Builders.Mentee());
        }

        var page = await _clients.Participants.ListParticipantsAsync(new ListParticipantsRequest { Parent = Parent, PageSize = 1 });
        Assert.NotEmpty(page.NextPageToken);

        await RpcAssert.RejectsFieldAsync("page_token", async () => await _clients.Participants.ListParticipantsAsync(
            new ListParticipantsRequest { Parent = Parent, PageSize = 1, PageToken = page.NextPageToken, Role = ParticipantRole.Mentor }));
    }

    [Fact]
    public async Task Listing_a_programme_that_does_not_exist_is_not_found_and_an_empty_one_is_an_empty_page()
    {
        var missing = await RpcAssert.FailsWithAsync(StatusCode.NotFound, async () => await _clients.Participants.ListParticipantsAsync(
            new ListParticipantsRequest { Parent = $"programmes/missing-{Guid.NewGuid():N}" }));
        var empty = await _clients.Participants.ListParticipantsAsync(new ListParticipantsRequest { Parent = Parent, Role = ParticipantRole.Peer });

        Assert.Contains("programmes/missing-", missing.Status.Detail);
        Assert.Empty(empty.Participants);
        Assert.Empty(empty.NextPageToken);
    }

    private async Task<Participant> CreateAsync(string id, Participant participant) =>
        await _clients.Participants.CreateParticipantAsync(new CreateParticipantRequest { Parent = Parent, ParticipantId = id, Participant = participant });

    private async Task<Participant> UpsertAsync(string id, Participant participant) =>
        await _clients.Participants.UpdateParticipantAsync(new UpdateParticipantRequest { Participant = WithName(participant, id), AllowMissing = true });

    private async Task<Participant> UpdateAsync(Participant participant, Action<Participant> change, string path)
    {
        change(participant);
        return await _clients.Participants.UpdateParticipantAsync(new UpdateParticipantRequest
        {
            Participant = participant,
            UpdateMask = new FieldMask { Paths = { path } },
        });
    }

    private async Task<Participant> GetAsync(string id) =>
        await _clients.Participants.GetParticipantAsync(new GetParticipantRequest { Name = $"{Parent}/participants/{id}" });

    private Participant WithName(Participant participant, string id)
    {
        participant.Name = $"{Parent}/participants/{id}";
        return participant;
    }
}
