using Mentoring.Abstractions;
using Mentoring.Abstractions.Mail;
using Mentoring.Grains.Tests.Rounds;
using Mentoring.Grains.Tests.Support;

namespace Mentoring.Grains.Tests.Mail;

/// <summary>
/// A coordinator can announce a round's end late, behind its programme's purge (a run that was finishing, or its
/// watchdog): the mail grains it starts then find no programme and store nothing, so the purge leaves no row behind.
/// </summary>
public sealed class MailAfterDeleteTests(FollowUpSiloFixture.WithWeeklyDigest fixture) : IClassFixture<FollowUpSiloFixture.WithWeeklyDigest>
{
    private IGrainFactory Grains => fixture.Cluster.Client;

    [Fact]
    public async Task Notifications_reminders_and_the_digest_started_for_a_deleted_programme_write_no_row()
    {
        var programmeId = TestIds.Programme("mail-after-delete");
        await RoundScenario.Create(programmeId, mentees: 4, mentors: 4, seed: 43).WriteAsync(Grains);
        var round = await RoundDriver.RunAsync(Grains, programmeId, "first");
        Assert.NotEmpty(await fixture.Cluster.Table.RowsContainingAsync(MailKeys.MentorDigest(programmeId)));
        Assert.Equal(WriteStatus.Deleted, await Grains.Programme(programmeId).DeleteAsync(null, force: true));

        await Grains.GetGrain<IRoundNotificationGrain>(MailKeys.RoundNotifications(programmeId, round.Spec.RoundId)).StartAsync(1);
        await Grains.GetGrain<IProposalFollowUpGrain>(MailKeys.ProposalFollowUp(programmeId, round.Spec.RoundId)).StartAsync(1);
        await Grains.GetGrain<IMentorDigestGrain>(MailKeys.MentorDigest(programmeId)).StartAsync();

        Assert.Empty(await fixture.Cluster.Table.RowsContainingAsync(programmeId));
    }
}
