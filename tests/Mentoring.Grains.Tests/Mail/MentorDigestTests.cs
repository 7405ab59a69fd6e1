using Mentoring.Abstractions;
using Mentoring.Abstractions.Mail;
using Mentoring.Abstractions.Matches;
using Mentoring.Domain;
using Mentoring.Grains.Mail;
using Mentoring.Grains.Tests.Rounds;
using Mentoring.Grains.Tests.Support;

namespace Mentoring.Grains.Tests.Mail;

/// <summary>With Mentoring:Notifications:DigestEvery set, each mentor with free places gets one digest of the proposals waiting for an answer per period.</summary>
public sealed class MentorDigestTests(FollowUpSiloFixture.WithWeeklyDigest fixture) : IClassFixture<FollowUpSiloFixture.WithWeeklyDigest>
{
    private IGrainFactory Grains => fixture.Cluster.Client;

    [Fact]
    public async Task A_due_digest_lists_each_mentors_waiting_proposals_and_free_places_skips_full_mentors_and_comes_once_a_period()
    {
        var scheduledBefore = DateTimeOffset.UtcNow;
        var scenario = RoundScenario.Create(TestIds.Programme("digest"), mentees: 16, mentors: 10, seed: 5);
        scenario = scenario with
        {
            Programme = scenario.Programme with { DisplayName = "Mentoring 2027" },
            Participants = [.. scenario.Participants.Select(p => p with { Email = $"{p.Id}@example.org", DisplayName = $"Person {p.Id}" })],
        };
        await scenario.WriteAsync(Grains);
        var round = await RoundDriver.RunAsync(Grains, scenario.Programme.Id, "digest");
        var programmeId = scenario.Programme.Id;
        var (matches, _) = await RoundDriver.ResultAsync(Grains, programmeId, round.Spec.RoundId);
        Assert.True(matches.Count >= 4, $"The scenario matched only {matches.Count} mentees.");
        var (active, declined) = (matches[0], matches[1]);
        var activePage = (await Grains.FindAsync(programmeId, round.Spec.RoundId, active.MenteeId))!;
        await activePage.AcceptAsync(active.MenteeId, active.MenteeId);
        await activePage.AcceptAsync(active.MenteeId, active.MentorId);
        await (await Grains.FindAsync(programmeId, round.Spec.RoundId, declined.MenteeId))!.DeclineAsync(declined.MenteeId, declined.MenteeId);

        // One mentor with a waiting proposal has no free place any more.
        var full = matches.Skip(2).First(m => m.MentorId != active.MentorId).MentorId;
        var fullProfile = scenario.Participants.Single(p => p.Id == full) with { Capacity = 0 };
        await Grains.GetGrain<IParticipantGrain>(GrainKeys.Participant(programmeId, full)).WriteAsync(fullProfile, WriteMode.Upsert, null);
        var capacity = scenario.Participants.ToDictionary(p => p.Id, p => p.Id == full ? 0 : p.Capacity);
        var digest = Grains.GetGrain<IMentorDigestGrain>(MailKeys.MentorDigest(programmeId));

        Assert.Equal(1, await fixture.Cluster.Table.CountRemindersAsync(MailKeys.MentorDigest(programmeId), MentorDigestGrain.Tick));
        fixture.Clock.Pin(scheduledBefore + fixture.Options.DigestEvery!.Value - TimeSpan.FromMinutes(1));
        var early = await digest.RunDueAsync();
        fixture.Clock.Pin(DateTimeOffset.UtcNow + fixture.Options.DigestEvery.Value);
        var due = await digest.RunDueAsync();
        var again = await digest.RunDueAsync();

        var waiting = matches.Skip(2).GroupBy(m => m.MentorId).ToDictionary(g => g.Key, g => g.Select(m => m.MenteeId).ToList());
        var expected = waiting.Keys.Where(id => capacity[id] - (id == active.MentorId ? 1 : 0) > 0).Order().ToList();
        var digests = (await Grains.GetGrain<IDevMailboxGrain>(MailKeys.DevMailbox(programmeId)).ListAsync(0, 1000)).Messages
            .Where(m => m.Subject.StartsWith("Your mentoring digest:", StringComparison.Ordinal)).ToList();
        Assert.True(expected.Count >= 2, $"The scenario leaves {expected.Count} mentors due a digest.");
        Assert.Equal(new DigestRun(false, 0, 0), early);
        Assert.Equal(new DigestRun(true, expected.Count, 0), due);
        Assert.Equal(new DigestRun(false, 0, 0), again);
        Assert.DoesNotContain(full, expected);
        Assert.Equal(expected, digests.Select(m => m.ParticipantId).Order());
        foreach (var message in digests)
        {
            var free = capacity[message.ParticipantId] - (message.ParticipantId == active.MentorId ? 1 : 0);
            Assert.Contains($"you have {free} free place{(free == 1 ? "" : "s")}.", message.Body, StringComparison.Ordinal);
            Assert.All(waiting[message.ParticipantId], mentee => Assert.Contains($"- Person {mentee} (waiting for your answer)", message.Body, StringComparison.Ordinal));
            Assert.DoesNotContain($"Person {active.MenteeId}", message.Body, StringComparison.Ordinal);
            Assert.DoesNotContain($"Person {declined.MenteeId}", message.Body, StringComparison.Ordinal);
            Assert.Equal(waiting[message.ParticipantId].Count, message.Body.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
            Assert.Equal(waiting[message.ParticipantId].Order(), message.Mentions.Order());
        }
    }
}
