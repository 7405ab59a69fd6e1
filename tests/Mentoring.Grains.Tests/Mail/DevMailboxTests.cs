using Mentoring.Abstractions;
using Mentoring.Abstractions.Mail;
using Mentoring.Abstractions.Security;
using Mentoring.Grains.Mail;
using Mentoring.Grains.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mentoring.Grains.Tests.Mail;

/// <summary>The dev mailbox (no SMTP configured): stored across restarts, a resend kept once, and emptied by erasure and programme delete.</summary>
public sealed class DevMailboxTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    [Fact]
    public async Task Messages_survive_a_silo_restart_newest_first_and_a_resent_message_is_kept_once()
    {
        var programmeId = TestIds.Programme("dev-mailbox-restart");
        var sender = new DevMailboxSender(fixture.Cluster.Client, NullLogger<DevMailboxSender>.Instance);
        await sender.SendAsync(Message(programmeId, "first", "bo"), CancellationToken.None);
        await sender.SendAsync(Message(programmeId, "second", "ada"), CancellationToken.None);
        await sender.SendAsync(Message(programmeId, "first", "bo"), CancellationToken.None);

        await fixture.RestartAsync();

        var page = await Mailbox(programmeId).ListAsync(0, 10);
        Assert.Equal(["first", "second"], page.Messages.Select(m => m.MessageId.Split('@')[0]));
        Assert.Null(page.NextOffset);
        var first = await Mailbox(programmeId).ListAsync(0, 1);
        Assert.Equal((1, 1), (first.Messages.Length, first.NextOffset));
    }

    [Fact]
    public async Task Erasing_a_participant_drops_their_messages_and_those_naming_them_and_deleting_the_programme_drops_the_mailbox()
    {
        var programmeId = TestIds.Programme("dev-mailbox-erasure");
        var grains = fixture.Cluster.Client;
        await grains.CreateProgrammeAsync(programmeId);
        await grains.CreateParticipantsAsync(
        [
            ParticipantBuilder.In(programmeId).WithId("bo").As(Domain.ParticipantRole.Mentee).Build(),
            ParticipantBuilder.In(programmeId).WithId("ada").As(Domain.ParticipantRole.Mentor).Build(),
            ParticipantBuilder.In(programmeId).WithId("cy").As(Domain.ParticipantRole.Mentor).Build(),
        ]);
        var sender = new DevMailboxSender(grains, NullLogger<DevMailboxSender>.Instance);
        await sender.SendAsync(Message(programmeId, "to-bo", "bo"), CancellationToken.None);
        await sender.SendAsync(Message(programmeId, "to-ada", "ada"), CancellationToken.None);
        await sender.SendAsync(Message(programmeId, "to-cy-about-bo", "cy") with { Body = "We propose Bo Example", Mentions = ["bo"] }, CancellationToken.None);

        await grains.GetGrain<IParticipantErasureGrain>(GrainKeys.Participant(programmeId, "bo")).EraseAsync(null);

        var left = await Mailbox(programmeId).ListAsync(0, 10);
        Assert.Equal("to-ada", Assert.Single(left.Messages).MessageId.Split('@')[0]);
        Assert.Empty(await fixture.Cluster.Table.RowsContainingAsync("bo@example.org", within: programmeId));

        Assert.Equal(WriteStatus.Deleted, await grains.Programme(programmeId).DeleteAsync(null, force: true));

        Assert.Equal(0, await fixture.Cluster.Table.CountRowsAsync(MailKeys.DevMailbox(programmeId), StorageNames.DevMailboxState));
    }

    private IDevMailboxGrain Mailbox(string programmeId) => fixture.Cluster.Client.GetGrain<IDevMailboxGrain>(MailKeys.DevMailbox(programmeId));

    private static MailMessage Message(string programmeId, string id, string participantId) =>
        new($"{id}@mentoring.test", programmeId, participantId, $"{participantId}@example.org", $"Your match, {participantId}", "Body", DateTimeOffset.UtcNow);
}
