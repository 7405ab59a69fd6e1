using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Testing;

namespace Mentoring.Api.Tests.Security;

/// <summary>Deleting a participant erases them: profile row, index entry, and their id and comments in past round results.</summary>
public sealed class ErasureTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>
{
    private const string Marker = "Xyzzyplugh";

    [Fact]
    public async Task A_deleted_participant_leaves_nothing_in_the_database_but_a_pseudonym_in_past_results()
    {
        using var clients = Clients.For(fixture.Gateway);
        using var channel = fixture.Gateway.CreateChannel();
        var rounds = new RoundService.RoundServiceClient(channel);
        var matches = new MatchService.MatchServiceClient(channel);
        var programme = await clients.CreateProgrammeAsync("erasure");
        const string MenteeId = "zz-erasable-mentee";
        var mentee = Builders.Mentee($"{Marker} Person");
        mentee.Organisation = $"{Marker}-org";
        var mentor = Builders.Mentor();
        mentor.PriorEngagements.Add(MenteeId);
        await clients.Participants.CreateParticipantAsync(new() { Parent = programme.Name, ParticipantId = "ada", Participant = mentor });
        var colleague = Builders.Mentee();
        colleague.ReportingLine.Add(MenteeId);
        await clients.Participants.CreateParticipantAsync(new() { Parent = programme.Name, ParticipantId = "aa-other-mentee", Participant = colleague });
        var erasable = await clients.Participants.CreateParticipantAsync(new() { Parent = programme.Name, ParticipantId = MenteeId, Participant = mentee });
        var (round, match) = await ActiveMatchAsync(rounds, matches, erasable.Name, $"{programme.Name}/participants/ada");
        await matches.EndMatchAsync(new() { Name = match, Rating = 5, Comment = $"{Marker} said something personal" });
        await new DataProtectionService.DataProtectionServiceClient(channel).ExportParticipantAsync(new() { Name = erasable.Name });
        var database = Path.Combine(fixture.DataDirectory, "mentoring.db");
        Assert.Contains(await RowsContainingAsync(database, MenteeId), row => row.StartsWith("audit-segment ", StringComparison.Ordinal));

        await clients.Participants.DeleteParticipantAsync(new() { Name = erasable.Name });

        Assert.Empty(await RowsContainingAsync(database, Marker));
        Assert.Empty(await RowsContainingAsync(database, MenteeId));
        var results = await RoundCalls.ListAllMatchesAsync(rounds, round.Name, pageSize: 10);
        Assert.DoesNotContain(results, m => m.Mentee == erasable.Name);
        var pseudonymised = Assert.Single(results, m => m.Mentee.StartsWith($"{programme.Name}/participants/erased-", StringComparison.Ordinal));
        Assert.DoesNotContain(await clients.ListAllParticipantsAsync(programme.Name), p => p.Name == erasable.Name);

        // The match stays addressable under the pseudonym, without the comment; other profiles no longer name the erased id.
        var kept = await matches.GetMatchAsync(new() { Name = $"{round.Name}/matches/{pseudonymised.Mentee.Split('/')[^1]}" });
        Assert.Equal((MatchState.Ended, 5, ""), (kept.State, kept.Rating, kept.Comment));
        Assert.Empty((await clients.Participants.GetParticipantAsync(new() { Name = $"{programme.Name}/participants/ada" })).PriorEngagements);
        Assert.Empty((await clients.Participants.GetParticipantAsync(new() { Name = $"{programme.Name}/participants/aa-other-mentee" })).ReportingLine);

        // The erasure is audited under the pseudonym it introduced.
        var audit = (await new AuditService.AuditServiceClient(channel).ListAuditEntriesAsync(new() { Parent = $"tenants/{TestCredentials.Tenant}", PageSize = 1000 })).AuditEntries;
        Assert.Contains(audit, e => e.Method.EndsWith("/DeleteParticipant", StringComparison.Ordinal) && e.Resource == pseudonymised.Mentee);
    }

    [Fact]
    public async Task A_deleted_mentee_of_an_active_match_leaves_no_byte_of_their_id_or_name_in_the_database_files()
    {
        using var clients = Clients.For(fixture.Gateway);
        using var channel = fixture.Gateway.CreateChannel();
        var rounds = new RoundService.RoundServiceClient(channel);
        var matches = new MatchService.MatchServiceClient(channel);
        var programme = await clients.CreateProgrammeAsync("erasure-bytes");
        const string MenteeId = "qv-bytes-mentee";
        const string DisplayName = "Quuxbert Zorkmid";
        await clients.Participants.CreateParticipantAsync(new() { Parent = programme.Name, ParticipantId = "ada", Participant = Builders.Mentor() });
        var mentee = await clients.Participants.CreateParticipantAsync(new() { Parent = programme.Name, ParticipantId = MenteeId, Participant = Builders.Mentee(DisplayName) });
        await ActiveMatchAsync(rounds, matches, mentee.Name, $"{programme.Name}/participants/ada");
        Assert.Contains(DatabaseFiles(), file => FileBytes.Contain(file, MenteeId));
        Assert.Contains(DatabaseFiles(), file => FileBytes.Contain(file, DisplayName));

        await clients.Participants.DeleteParticipantAsync(new() { Name = mentee.Name });

        Assert.All(DatabaseFiles(), file =>
        {
            Assert.False(FileBytes.Contain(file, MenteeId), $"{file} holds the id");
            Assert.False(FileBytes.Contain(file, DisplayName), $"{file} holds the display name");
        });
    }

    [Fact]
    public async Task A_forced_programme_delete_leaves_no_row_of_the_programme_outside_the_audit_log_and_no_participant_in_it()
    {
        using var clients = Clients.For(fixture.Gateway);
        using var channel = fixture.Gateway.CreateChannel();
        var rounds = new RoundService.RoundServiceClient(channel);
        const string ProgrammeId = "purged-by-delete";
        var programme = await clients.CreateProgrammeAsync(ProgrammeId);
        const string MenteeId = "purged-mentee-q7";
        await clients.Participants.CreateParticipantAsync(new() { Parent = programme.Name, ParticipantId = "purged-mentor-q7", Participant = Builders.Mentor() });
        await clients.Participants.CreateParticipantAsync(new() { Parent = programme.Name, ParticipantId = MenteeId, Participant = Builders.Mentee() });
        await new DataProtectionService.DataProtectionServiceClient(channel).ExportParticipantAsync(new() { Name = $"{programme.Name}/participants/{MenteeId}" });
        var round = await rounds.StartRoundAsync(new() { Parent = programme.Name, RequestId = "before-delete" });
        Assert.Equal(RoundState.Done, (await RoundCalls.WatchToEndAsync(rounds, round.Name))[^1].State);
        var database = Path.Combine(fixture.DataDirectory, "mentoring.db");
        Assert.NotEmpty(await RowsContainingAsync(database, ProgrammeId, except: ["audit-log", "audit-segment"]));

        await clients.Programmes.DeleteProgrammeAsync(new() { Name = programme.Name, Force = true });

        Assert.Empty(await RowsContainingAsync(database, ProgrammeId, except: ["audit-log", "audit-segment"]));
        Assert.Empty(await RowsContainingAsync(database, MenteeId));
        var gone = await Assert.ThrowsAsync<Grpc.Core.RpcException>(async () => await rounds.GetRoundAsync(new() { Name = round.Name }));
        Assert.Equal(Grpc.Core.StatusCode.NotFound, gone.StatusCode);
    }

    /// <summary>Runs a round of the mentee's programme and has both sides accept the mentee's match, which becomes active.</summary>
    private static async Task<(Round Round, string Match)> ActiveMatchAsync(
        RoundService.RoundServiceClient rounds, MatchService.MatchServiceClient matches, string mentee, string mentor)
    {
        var programme = mentee[..mentee.IndexOf("/participants/", StringComparison.Ordinal)];
        var round = await rounds.StartRoundAsync(new() { Parent = programme, RequestId = "before-erasure" });
        Assert.Equal(RoundState.Done, (await RoundCalls.WatchToEndAsync(rounds, round.Name))[^1].State);
        var match = $"{round.Name}/matches/{mentee.Split('/')[^1]}";
        await matches.AcceptMatchAsync(new() { Name = match, Participant = mentee });
        Assert.Equal(MatchState.Active, (await matches.AcceptMatchAsync(new() { Name = match, Participant = mentor })).State);
        return (round, match);
    }

    /// <summary>The SQLite database file and its write-ahead log, the files a raw scan reads.</summary>
    private string[] DatabaseFiles()
    {
        var database = Path.Combine(fixture.DataDirectory, "mentoring.db");
        return [.. new[] { database, database + "-wal" }.Where(File.Exists)];
    }

    private static Task<List<string>> RowsContainingAsync(string database, string text, string[]? except = null) =>
        SqliteRows.ContainingAsync(database, text, except);
}
