using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests;

/// <summary>Every rejected request names the offending field and writes nothing.</summary>
public sealed class ParticipantValidationTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>, IAsyncLifetime
{
    private readonly Clients _clients = Clients.For(fixture.Gateway);
    private readonly string _programmeId = "validation-" + Guid.NewGuid().ToString("N")[..8];

    private string Parent => $"programmes/{_programmeId}";

    public async Task InitializeAsync() => await _clients.CreateProgrammeAsync(_programmeId);

    public Task DisposeAsync()
    {
        _clients.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_missing_participant_id_is_rejected()
    {
        await RejectCreateAsync("", Builders.Mentee(), "participant_id");
    }

    [Fact]
    public async Task An_oversized_participant_id_is_rejected()
    {
        await RejectCreateAsync(new string('a', 65), Builders.Mentee(), "participant_id");
    }

    [Fact]
    public async Task A_skill_outside_the_programme_taxonomy_is_rejected()
    {
        var mentee = Builders.Mentee();
        mentee.SkillsWanted[1].Term = "cobol";
        await RejectCreateAsync("p1", mentee, "participant.skills_wanted[1].term");
    }

    [Fact]
    public async Task An_unknown_time_zone_is_rejected()
    {
        var mentee = Builders.Mentee();
        mentee.TimeZone = "Mars/Olympus_Mons";
        await RejectCreateAsync("p1", mentee, "participant.time_zone");
    }

    [Fact]
    public async Task Overlapping_availability_windows_are_rejected()
    {
        var mentee = Builders.Mentee();
        mentee.Availability.Add(new AvailabilityWindow { Day = Google.Type.DayOfWeek.Monday, StartTime = "10:00", EndTime = "12:00" });
        await RejectCreateAsync("p1", mentee, "participant.availability[2]");
    }

    [Fact]
    public async Task An_availability_window_past_midnight_is_rejected()
    {
        var mentee = Builders.Mentee();
        mentee.Availability[0].EndTime = "25:00";
        await RejectCreateAsync("p1", mentee, "participant.availability[0].end_time");
    }

    [Fact]
    public async Task An_availability_window_ending_before_it_starts_is_rejected()
    {
        var mentee = Builders.Mentee();
        mentee.Availability[0].StartTime = "11:00";
        mentee.Availability[0].EndTime = "09:00";
        await RejectCreateAsync("p1", mentee, "participant.availability[0]");
    }

    [Fact]
    public async Task A_negative_capacity_is_rejected()
    {
        var mentor = Builders.Mentor();
        mentor.Capacity = -1;
        await RejectCreateAsync("p1", mentor, "participant.capacity");
    }

    [Fact]
    public async Task Too_many_items_in_a_list_are_rejected()
    {
        var mentee = Builders.Mentee();
        mentee.Blocked.AddRange(Enumerable.Range(0, 65).Select(i => $"someone-{i}"));
        await RejectCreateAsync("p1", mentee, "participant.blocked");
    }

    [Fact]
    public async Task A_malformed_parent_is_rejected()
    {
        await RpcAssert.RejectsFieldAsync("parent", async () => await _clients.Participants.CreateParticipantAsync(
            new CreateParticipantRequest { Parent = "programs/x", ParticipantId = "p1", Participant = Builders.Mentee() }));
    }

    [Fact]
    public async Task A_participant_of_an_unknown_programme_is_not_found()
    {
        await RpcAssert.FailsWithAsync(StatusCode.NotFound, async () => await _clients.Participants.CreateParticipantAsync(
            new CreateParticipantRequest { Parent = "programmes/nowhere", ParticipantId = "p1", Participant = Builders.Mentee() }));
    }

    [Fact]
    public async Task An_oversized_message_is_refused_before_it_reaches_a_grain()
    {
        var mentee = Builders.Mentee();
        mentee.DisplayName = new string('x', 2 * 1024 * 1024);
        await RpcAssert.FailsWithAsync(StatusCode.ResourceExhausted, async () => await _clients.Participants.CreateParticipantAsync(
            new CreateParticipantRequest { Parent = Parent, ParticipantId = "p1", Participant = mentee }));
        await AssertNothingStoredAsync("p1");
    }

    [Fact]
    public async Task A_duplicate_id_within_one_import_is_rejected_and_the_rest_is_imported()
    {
        using var call = _clients.Participants.ImportParticipants();
        await call.RequestStream.WriteAsync(new ImportParticipantsRequest { Parent = Parent, ParticipantId = "dup", Participant = Builders.Mentee("first") });
        await call.RequestStream.WriteAsync(new ImportParticipantsRequest { Parent = Parent, ParticipantId = "other", Participant = Builders.Mentor() });
        await call.RequestStream.WriteAsync(new ImportParticipantsRequest { Parent = Parent, ParticipantId = "dup", Participant = Builders.Mentee("second") });
        await call.RequestStream.CompleteAsync();
        var response = await call;

        Assert.Equal(2, response.CreatedCount);
        Assert.Equal(1, response.RejectedCount);
        var rejected = Assert.Single(response.Results, r => r.Outcome == ImportOutcome.Rejected);
        Assert.Equal(2, rejected.Index);
        Assert.Equal(Google.Rpc.Code.InvalidArgument, rejected.Code);
        Assert.Contains(rejected.FieldViolations, v => v.Field == "participant_id");
        var stored = await _clients.Participants.GetParticipantAsync(new GetParticipantRequest { Name = $"{Parent}/participants/dup" });
        Assert.Equal("first", stored.DisplayName);
    }

    [Fact]
    public async Task A_bad_item_in_an_import_does_not_sink_the_batch()
    {
        var bad = Builders.Mentee();
        bad.TimeZone = "Nowhere/Land";
        using var call = _clients.Participants.ImportParticipants();
        await call.RequestStream.WriteAsync(new ImportParticipantsRequest { Parent = Parent, ParticipantId = "good-1", Participant = Builders.Mentee() });
        await call.RequestStream.WriteAsync(new ImportParticipantsRequest { Parent = Parent, ParticipantId = "bad-1", Participant = bad });
        await call.RequestStream.WriteAsync(new ImportParticipantsRequest { Parent = Parent, ParticipantId = "good-2", Participant = Builders.Mentor() });
        await call.RequestStream.CompleteAsync();
        var response = await call;

        Assert.Equal(2, response.CreatedCount);
        Assert.Equal(ImportOutcome.Rejected, response.Results[1].Outcome);
        Assert.Contains(response.Results[1].FieldViolations, v => v.Field == "participant.time_zone");
        await AssertNothingStoredAsync("bad-1");
    }

    [Theory]
    [InlineData("English")]
    [InlineData("English;German")]
    public async Task A_language_name_is_refused_with_a_hint_to_use_a_language_code(string language)
    {
        var mentee = Builders.Mentee();
        mentee.Languages.Add(language);
        var field = $"participant.languages[{mentee.Languages.Count - 1}]";

        var badRequest = await RpcAssert.RejectsFieldAsync(field, async () => await _clients.Participants.CreateParticipantAsync(
            new CreateParticipantRequest { Parent = Parent, ParticipantId = "linguist", Participant = mentee }));

        Assert.Contains("use a language code such as \"en\"", badRequest.FieldViolations.Single(v => v.Field == field).Description, StringComparison.Ordinal);
        await AssertNothingStoredAsync("linguist");
    }

    [Fact]
    public async Task A_language_code_with_script_and_region_is_accepted()
    {
        var mentee = Builders.Mentee();
        mentee.Languages.Add("zh-Hant-TW");
        mentee.Languages.Add("es-419");

        var created = await _clients.Participants.CreateParticipantAsync(
            new CreateParticipantRequest { Parent = Parent, ParticipantId = "polyglot", Participant = mentee });

        Assert.Contains("es-419", created.Languages);
    }

    private async Task RejectCreateAsync(string participantId, Participant participant, string field)
    {
        var before = await _clients.ListAllParticipantsAsync(Parent);
        await RpcAssert.RejectsFieldAsync(field, async () => await _clients.Participants.CreateParticipantAsync(
            new CreateParticipantRequest { Parent = Parent, ParticipantId = participantId, Participant = participant }));

        var after = await _clients.ListAllParticipantsAsync(Parent);
        Assert.Equal(before.Select(p => p.Name).Order(), after.Select(p => p.Name).Order());
        if (participantId.Length is > 0 and <= 64)
        {
            await AssertNothingStoredAsync(participantId);
        }
    }

    private async Task AssertNothingStoredAsync(string participantId) =>
        await RpcAssert.FailsWithAsync(StatusCode.NotFound, async () => await _clients.Participants.GetParticipantAsync(
            new GetParticipantRequest { Name = $"{Parent}/participants/{participantId}" }));
}
