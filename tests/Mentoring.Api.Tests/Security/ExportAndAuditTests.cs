using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests.Security;

/// <summary>A participant's export holds everything stored about them; the audit log records admin and destructive actions without profile contents.</summary>
public sealed class ExportAndAuditTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>
{
    [Fact]
    public async Task An_export_holds_the_profile_the_matches_with_feedback_and_the_audit_entries_naming_the_participant()
    {
        using var channel = fixture.Gateway.CreateChannel();
        var api = new Api(channel);
        var world = await TenantWorld.BuildAsync(fixture.Gateway, TestCredentials.Tenant, "export", fixture.Gateway.TenantKey);
        await api.Matches.AcceptMatchAsync(new() { Name = world.Match, Participant = world.Mentee });
        await api.Matches.AcceptMatchAsync(new() { Name = world.Match, Participant = world.Mentor });
        await api.Matches.EndMatchAsync(new() { Name = world.Match, Rating = 4, Comment = "Good sessions" });
        await api.DataProtection.ExportParticipantAsync(new() { Name = world.Mentee });

        var export = await api.DataProtection.ExportParticipantAsync(new() { Name = world.Mentee });

        Assert.Equal(await api.Participants.GetParticipantAsync(new() { Name = world.Mentee }), export.Participant);
        var match = Assert.Single(export.Matches);
        Assert.Equal((world.Match, MatchState.Ended, 4, "Good sessions"), (match.Name, match.State, match.Rating, match.Comment));
        var entry = Assert.Single(export.AuditEntries);
        Assert.Equal(("mentoring.v1.DataProtectionService/ExportParticipant", world.Mentee, "OK"), (entry.Method, entry.Resource, entry.Outcome));
        Assert.Single((await api.DataProtection.ExportParticipantAsync(new() { Name = world.Mentor })).Matches);
    }

    [Fact]
    public async Task The_audit_log_records_who_deleted_what_newest_first_without_profile_contents()
    {
        using var clients = Clients.For(fixture.Gateway);
        using var channel = fixture.Gateway.CreateChannel();
        var programme = await clients.CreateProgrammeAsync("audited");
        await clients.Participants.CreateParticipantAsync(new() { Parent = programme.Name, ParticipantId = "gone", Participant = Builders.Mentee("Secretive Name") });
        await clients.Participants.DeleteParticipantAsync(new() { Name = $"{programme.Name}/participants/gone" });
        await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => clients.Participants.DeleteParticipantAsync(new() { Name = $"{programme.Name}/participants/gone" }).ResponseAsync);

        var entries = (await new AuditService.AuditServiceClient(channel).ListAuditEntriesAsync(new() { Parent = $"tenants/{TestCredentials.Tenant}", PageSize = 1000 })).AuditEntries;

        // The erasure is recorded under the pseudonym it introduced; the later attempt names what the caller asked for.
        var deletes = entries.Where(e => e.Resource == $"{programme.Name}/participants/gone"
            || e.Resource.StartsWith($"{programme.Name}/participants/erased-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["NOT_FOUND", "OK"], deletes.Select(e => e.Outcome));
        Assert.Equal($"{programme.Name}/participants/gone", deletes[0].Resource);
        Assert.StartsWith($"{programme.Name}/participants/erased-", deletes[1].Resource, StringComparison.Ordinal);
        Assert.All(deletes, e => Assert.Equal("mentoring.v1.ParticipantService/DeleteParticipant", e.Method));
        Assert.All(deletes, e => Assert.Equal(TestCredentials.KeyName(TestCredentials.Tenant, fixture.Gateway.TenantKey), e.Actor));
        Assert.Contains(entries, e => e.Method == "mentoring.v1.ProgrammeService/CreateProgramme" && e.Outcome == "OK");
        Assert.DoesNotContain(entries, e => e.ToString().Contains("Secretive", StringComparison.Ordinal));
        Assert.True(entries.Select(e => e.Time.ToDateTimeOffset()).SequenceEqual(entries.Select(e => e.Time.ToDateTimeOffset()).OrderDescending()));
    }
}
