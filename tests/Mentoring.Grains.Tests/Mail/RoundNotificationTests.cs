using System.Text.RegularExpressions;
using Mentoring.Abstractions.Mail;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Mentoring.Domain.Links;
using Mentoring.Grains.Mail;
using Mentoring.Grains.Tests.Rounds;
using Mentoring.Grains.Tests.Support;
using Mentoring.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mentoring.Grains.Tests.Mail;

/// <summary>A published round tells both sides of each match, in the programme's language, once each, across a lost silo.</summary>
public sealed partial class RoundNotificationTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Each_side_of_each_match_gets_one_message_in_german_with_the_other_person_the_reasons_and_a_signed_link_of_its_own()
    {
        var grains = fixture.Cluster.Client;
        var scenario = WithAddresses(RoundScenario.Create(TestIds.Programme("notify-de"), mentees: 6, mentors: 4, seed: 11), MessageLanguages.German);
        var silent = scenario.Participants.First(p => p.Role == ParticipantRole.Mentee);
        scenario = scenario with { Participants = [.. scenario.Participants.Select(p => p.Id == silent.Id ? p with { Email = "" } : p)] };
        await scenario.WriteAsync(grains);

        var round = await RoundDriver.RunAsync(grains, scenario.Programme.Id, "notify");
        var (matches, _) = await RoundDriver.ResultAsync(grains, scenario.Programme.Id, round.Spec.RoundId);
        var progress = await WaitDoneAsync(scenario.Programme.Id, round.Spec.RoundId);

        var silentMatched = matches.Any(m => m.MenteeId == silent.Id);
        var expected = (2 * matches.Count) - (silentMatched ? 1 : 0);
        Assert.Equal((expected, silentMatched ? 1 : 0), (progress.Sent, progress.WithoutAddress));
        var messages = (await fixture.Cluster.Client.GetGrain<IDevMailboxGrain>(MailKeys.DevMailbox(scenario.Programme.Id)).ListAsync(0, 1000)).Messages;
        Assert.Equal(expected, messages.Length);
        Assert.Equal(expected, messages.Select(m => m.MessageId).Distinct().Count());
        var key = (await grains.GetGrain<ILinkSigningKeyGrain>(MailKeys.LinkSigningKey).GetAsync()).ToArray();
        var names = scenario.Participants.ToDictionary(p => p.Id, p => p.DisplayName);
        foreach (var match in matches)
        {
            foreach (var (recipient, other) in new[] { (match.MenteeId, match.MentorId), (match.MentorId, match.MenteeId) })
            {
                if (recipient == silent.Id)
                {
                    Assert.DoesNotContain(messages, m => m.ParticipantId == recipient);
                    continue;
                }

                // A mentor with two mentees gets one message for each.
                var message = Assert.Single(messages, m => m.ParticipantId == recipient && m.Subject.EndsWith(names[other], StringComparison.Ordinal));
                Assert.Equal($"{recipient}@example.org", message.To);
                Assert.Equal($"Ihr Mentoring-Match: {names[other]}", message.Subject);
                Assert.Equal([other], message.Mentions.AsEnumerable());
                Assert.Contains("Warum diese Zuordnung:", message.Body, StringComparison.Ordinal);
                Assert.All(match.Reasons, reason => Assert.Contains($"- {reason}", message.Body, StringComparison.Ordinal));
                var url = Assert.Single(LinkPattern().Matches(message.Body)).Value;
                Assert.StartsWith(LinkOptions.DefaultBaseUrl + "/p/", url, StringComparison.Ordinal);
                Assert.Equal(LinkRefusal.None, ParticipantLinkTokens.TryRead(url[(url.LastIndexOf('/') + 1)..], key, DateTimeOffset.UtcNow, out var link));
                Assert.Equal((scenario.Programme.Id, round.Spec.RoundId, match.MenteeId, recipient, LinkActions.Respond),
                    (link!.ProgrammeId, link.RoundId, link.MenteeId, link.ParticipantId, link.Action));
            }
        }
    }

    [Fact]
    public async Task A_silo_lost_while_sending_leaves_no_message_unsent_and_a_resend_keeps_its_message_id()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"mentoring-notify-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var storage = TestStorage.Sqlite(Path.Combine(directory, "mentoring.db"));
        const string ServiceId = "mentoring-notify-restart";
        var scenario = WithAddresses(RoundScenario.Create(TestIds.Programme("notify-restart"), mentees: 30, mentors: 15, seed: 5), MessageLanguages.English);
        string roundId;
        int matchCount;
        var failing = new FailingAfter(7);
        await using (var first = await MentoringTestCluster.StartAsync(storage, 1, ServiceId, silo => silo.Services.AddSingleton<IMailSender>(failing)))
        {
            failing.Inner = new DevMailboxSender(first.Client, NullLogger<DevMailboxSender>.Instance);
            await scenario.WriteAsync(first.Client);
            var round = await RoundDriver.RunAsync(first.Client, scenario.Programme.Id, "restart");
            roundId = round.Spec.RoundId;
            matchCount = (await RoundDriver.ResultAsync(first.Client, scenario.Programme.Id, roundId)).Matches.Count;
            await Eventually.UntilAsync(() => failing.Failures > 0, Generous, "a failed send");
            Assert.Equal(7, (await Mailbox(first.Client, scenario.Programme.Id)).Length);
        }

        // Only the mailbox is watched, which leaves the notification grain to its watchdog reminder to come back.
        await using var second = await MentoringTestCluster.StartAsync(storage, 1, ServiceId);
        var messages = await Eventually.WaitAsync(
            () => Mailbox(second.Client, scenario.Programme.Id), m => m.Length >= 2 * matchCount, Generous, "every message after the restart");
        var progress = await Eventually.WaitAsync(
            () => second.Client.GetGrain<IRoundNotificationGrain>(MailKeys.RoundNotifications(scenario.Programme.Id, roundId)).GetProgressAsync(),
            p => p.Done, Generous, "the notifications to record their end");

        Assert.Equal(2 * matchCount, messages.Length);
        Assert.Equal(2 * matchCount, progress.Sent);
        Assert.Equal(2 * matchCount, messages.Select(m => m.MessageId).Distinct().Count());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static async Task<MailMessage[]> Mailbox(IGrainFactory grains, string programmeId) =>
        [.. (await grains.GetGrain<IDevMailboxGrain>(MailKeys.DevMailbox(programmeId)).ListAsync(0, 1000)).Messages];

    private Task<RoundNotificationProgress> WaitDoneAsync(string programmeId, string roundId) =>
        Eventually.WaitAsync(
            () => fixture.Cluster.Client.GetGrain<IRoundNotificationGrain>(MailKeys.RoundNotifications(programmeId, roundId)).GetProgressAsync(),
            p => p.Done, Generous, "the round's notifications to finish");

    private static RoundScenario WithAddresses(RoundScenario scenario, string language) => scenario with
    {
        Programme = scenario.Programme with { Language = language, DisplayName = "Mentoring 2027" },
        Participants = [.. scenario.Participants.Select(p => p with { Email = $"{p.Id}@example.org", DisplayName = $"Person {p.Id}" })],
    };

    [GeneratedRegex(@"http://\S+/p/\S+")]
    private static partial Regex LinkPattern();

    /// <summary>Hands the first messages on, then fails every send: a silo that stops partway through a round's mail.</summary>
    private sealed class FailingAfter(int successes) : IMailSender
    {
        private int _sent;
        private int _failures;

        public IMailSender? Inner { get; set; }

        public int Failures => Volatile.Read(ref _failures);

        public async Task SendAsync(MailMessage message, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _sent) > successes)
            {
                Interlocked.Increment(ref _failures);
                throw new IOException("The SMTP connection broke");
            }

            await Inner!.SendAsync(message, cancellationToken);
        }
    }
}
