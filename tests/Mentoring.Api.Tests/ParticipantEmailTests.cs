using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Testing;

namespace Mentoring.Api.Tests;

/// <summary>A participant's e-mail address: optional, validated, updated through its mask path, exported and erased.</summary>
public sealed class ParticipantEmailTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>
{
    [Fact]
    public async Task A_malformed_email_is_rejected_with_a_field_violation_and_nothing_is_stored()
    {
        using var clients = Clients.For(fixture.Gateway);
        var programme = await clients.CreateProgrammeAsync("email-invalid-" + Guid.NewGuid().ToString("N")[..6]);
        var mentee = Builders.Mentee();
        mentee.Email = "bo at example.org";

        await RpcAssert.RejectsFieldAsync("participant.email", async () => await clients.Participants.CreateParticipantAsync(
            new CreateParticipantRequest { Parent = programme.Name, ParticipantId = "bo", Participant = mentee }));

        await RpcAssert.FailsWithAsync(StatusCode.NotFound, async () => await clients.Participants.GetParticipantAsync(
            new GetParticipantRequest { Name = $"{programme.Name}/participants/bo" }));
    }

    [Fact]
    public async Task An_email_is_optional_stored_and_changed_alone_through_its_update_mask_path()
    {
        using var clients = Clients.For(fixture.Gateway);
        var programme = await clients.CreateProgrammeAsync("email-update-" + Guid.NewGuid().ToString("N")[..6]);
        var without = await clients.Participants.CreateParticipantAsync(new() { Parent = programme.Name, ParticipantId = "cy", Participant = Builders.Mentee("Cy") });
        Assert.Equal("", without.Email);

        var updated = await clients.Participants.UpdateParticipantAsync(new UpdateParticipantRequest
        {
            Participant = new Participant { Name = without.Name, Email = "cy@example.org", DisplayName = "ignored" },
            UpdateMask = new FieldMask { Paths = { "email" } },
        });

        Assert.Equal(("cy@example.org", "Cy"), (updated.Email, updated.DisplayName));
        Assert.Equal("cy@example.org", (await clients.Participants.GetParticipantAsync(new() { Name = without.Name })).Email);
        await RpcAssert.RejectsFieldAsync("participant.email", async () => await clients.Participants.UpdateParticipantAsync(new UpdateParticipantRequest
        {
            Participant = new Participant { Name = without.Name, Email = "cy@" },
            UpdateMask = new FieldMask { Paths = { "email" } },
        }));
    }

    [Fact]
    public async Task An_email_is_in_the_export_and_no_byte_of_it_stays_in_the_database_files_after_erasure()
    {
        using var clients = Clients.For(fixture.Gateway);
        using var channel = fixture.Gateway.CreateChannel();
        var programme = await clients.CreateProgrammeAsync("email-erasure-" + Guid.NewGuid().ToString("N")[..6]);
        const string Email = "zorkmid.quux@erasable.example";
        var mentee = Builders.Mentee();
        mentee.Email = Email;
        var created = await clients.Participants.CreateParticipantAsync(new() { Parent = programme.Name, ParticipantId = "dee", Participant = mentee });
        var export = await new DataProtectionService.DataProtectionServiceClient(channel).ExportParticipantAsync(new() { Name = created.Name });
        Assert.Equal(Email, export.Participant.Email);
        Assert.Contains(DatabaseFiles(), file => FileBytes.Contain(file, Email));

        await clients.Participants.DeleteParticipantAsync(new() { Name = created.Name });

        Assert.All(DatabaseFiles(), file => Assert.False(FileBytes.Contain(file, Email), $"{file} holds the e-mail address"));
    }

    private string[] DatabaseFiles()
    {
        var database = Path.Combine(fixture.DataDirectory, "mentoring.db");
        return [.. new[] { database, database + "-wal" }.Where(File.Exists)];
    }
}
