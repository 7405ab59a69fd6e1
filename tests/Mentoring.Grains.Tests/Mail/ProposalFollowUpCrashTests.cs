using Mentoring.Abstractions.Mail;
using Mentoring.Abstractions.Rounds;
using Mentoring.Grains.Mail;
using Mentoring.Grains.Tests.Rounds;
using Mentoring.Grains.Tests.Support;
using Mentoring.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mentoring.Grains.Tests.Mail;

/// <summary>
/// The crash window between sending a reminder and recording it: reminders are at least once, so a silo lost after
/// sends that were not recorded yet sends them again after the restart, with the same Message-Id, and none is lost.
/// </summary>
public sealed class ProposalFollowUpCrashTests
{
    [Fact]
    public async Task Reminders_sent_but_not_recorded_when_the_silo_is_lost_are_sent_again_with_their_message_ids_and_none_is_lost()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"mentoring-follow-up-crash-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var storage = TestStorage.Sqlite(Path.Combine(directory, "mentoring.db"));
        const string ServiceId = "mentoring-follow-up-crash";
        var clock = new FollowUpSiloFixture.PinnedClock();
        var options = new NotificationOptions();
        var scenario = RoundScenario.Create(TestIds.Programme("remind-crash"), mentees: 10, mentors: 8, seed: 9);
        scenario = scenario with { Participants = [.. scenario.Participants.Select(p => p with { Email = $"{p.Id}@example.org" })] };
        var breaking = new BreakingMailSender();
        string roundId;
        int sentBeforeTheCrash;
        await using (var first = await MentoringTestCluster.StartAsync(storage, 1, ServiceId, silo => Configure(silo, clock, options, breaking)))
        {
            breaking.Inner = new DevMailboxSender(first.Client, NullLogger<DevMailboxSender>.Instance);
            await scenario.WriteAsync(first.Client);
            roundId = (await RoundDriver.RunAsync(first.Client, scenario.Programme.Id, "crash")).Spec.RoundId;
            await Eventually.WaitAsync(
                () => first.Client.GetGrain<IRoundNotificationGrain>(MailKeys.RoundNotifications(scenario.Programme.Id, roundId)).GetProgressAsync(),
                p => p.Done, TimeSpan.FromMinutes(2), "the announcements");
            var published = (await first.Client.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(scenario.Programme.Id, roundId, 0)).ListPendingAsync()).PublishTime;
            clock.Pin(published + options.ReminderAfter);
            breaking.BreakAfter(3);

            await Assert.ThrowsAnyAsync<Exception>(() => FollowUp(first.Client, scenario.Programme.Id, roundId).RunDueAsync());
            sentBeforeTheCrash = (await RemindersAsync(first.Client, scenario.Programme.Id)).Length;
        }

        await using var second = await MentoringTestCluster.StartAsync(storage, 1, ServiceId, silo => Configure(silo, clock, options, null));
        var resumed = await FollowUp(second.Client, scenario.Programme.Id, roundId).RunDueAsync();
        var after = await FollowUp(second.Client, scenario.Programme.Id, roundId).RunDueAsync();
        var matches = (await RoundDriver.ResultAsync(second.Client, scenario.Programme.Id, roundId)).Matches;
        var reminders = await RemindersAsync(second.Client, scenario.Programme.Id);

        Assert.Equal(3, sentBeforeTheCrash);
        Assert.Equal(2 * matches.Count, resumed.Reminded);
        Assert.Equal(0, after.Reminded);
        Assert.Equal(2 * matches.Count, reminders.Length);
        Assert.Equal(
            matches.SelectMany(m => new[] { ("mentee", m.MenteeId), ("mentor", m.MenteeId) })
                .Select(s => MailKeys.ReminderMessageId(scenario.Programme.Id, roundId, s.Item2, s.Item1)).Order(),
            reminders.Select(m => m.MessageId).Order());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static void Configure(ISiloBuilder silo, TimeProvider clock, NotificationOptions options, IMailSender? mail)
    {
        silo.Services.AddSingleton(options);
        silo.Services.AddKeyedSingleton(NotificationOptions.ClockKey, clock);
        if (mail is not null)
        {
            silo.Services.AddSingleton(mail);
        }
    }

    private static IProposalFollowUpGrain FollowUp(IGrainFactory grains, string programmeId, string roundId) =>
        grains.GetGrain<IProposalFollowUpGrain>(MailKeys.ProposalFollowUp(programmeId, roundId));

    private static async Task<MailMessage[]> RemindersAsync(IGrainFactory grains, string programmeId) =>
        [.. (await grains.GetGrain<IDevMailboxGrain>(MailKeys.DevMailbox(programmeId)).ListAsync(0, 1000)).Messages
            .Where(m => m.Subject.StartsWith("Reminder:", StringComparison.Ordinal))];
}
