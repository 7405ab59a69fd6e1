using System.Diagnostics;
using System.Globalization;
using Mentoring.Contracts.V1;
using Mentoring.LoadTests.Receivers;
using Mentoring.LoadTests.Reports;
using Mentoring.Synthetic;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>
/// Issue #16's second figure: imports a --mentees x --mentors programme whose participants all have an address,
/// publishes a round, and counts the messages at the local SMTP sink (aiosmtpd) until every match side's message
/// arrived or --drain-seconds passed without a new one. Throughput is distinct messages from the round's Done to the
/// last arrival; the same-run comparison is the round itself. With --restart-silo-at, the silo sending the mail (the
/// one whose log names the round's notifications; else silo-1) is killed and started again once that fraction arrived.
/// </summary>
public static class MailScenario
{
    private const int PageSize = 1000;

    public static async Task RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var options = context.Options;
        var smtp = context.Smtp ?? throw new InvalidOperationException("the mail scenario needs the harness's SMTP sink");
        var programme = await ProgrammeLoader.LoadAsync(context, new ProgrammeShape(options.Mentees, options.Mentors), ct, p => p with { Email = Address(p.Id) });
        var before = smtp.Count();
        var round = await RoundRunner.RunAsync(context, programme, "load-mail", dryRun: false, ct);
        var publishedUtc = DateTime.UtcNow;
        if (!round.Done)
        {
            throw new InvalidOperationException($"the round ended {round.Round.State}, nothing to mail");
        }

        var expected = await ExpectedAsync(context, round.Round.Name, ct);
        var total = expected.Values.Sum();
        context.Log.WriteLine($"mail: {round.Matched:N0} matches published, {total:N0} messages owed; waiting at 127.0.0.1:{smtp.Port}");
        var restartAt = options.RestartSiloAt is { } fraction ? before + (int)Math.Ceiling(fraction * total) : (int?)null;
        string? restarted = null;
        var seen = smtp.Count();
        var quiet = Stopwatch.StartNew();
        var overall = Stopwatch.StartNew();
        MailTally.Result tally;
        var counted = -1;
        while (true)
        {
            var count = smtp.Count();
            if (count != seen)
            {
                seen = count;
                quiet.Restart();
            }

            if (restartAt is { } at && restarted is null && count >= at)
            {
                restarted = await RestartSenderAsync(context, round.Round.Name, count - before, total, ct);
                quiet.Restart();
            }

            // Reading every message is costly at 100,000 files: only once enough arrived, and again only when more did.
            if (count - before >= total && count != counted)
            {
                counted = count;
                if ((tally = MailTally.Count(expected, smtp.Read())).Lost == 0)
                {
                    break;
                }
            }

            if (quiet.Elapsed.TotalSeconds > options.DrainSeconds || overall.Elapsed.TotalSeconds > options.RoundTimeoutSeconds)
            {
                tally = MailTally.Count(expected, smtp.Read());
                context.Log.WriteLine($"mail: gave up waiting with {tally.Lost:N0} of {total:N0} messages missing");
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
        }

        var seconds = tally.LastUtc is { } last ? Math.Max((last - publishedUtc).TotalSeconds, 1e-3) : overall.Elapsed.TotalSeconds;
        var perSecond = tally.Distinct / seconds;
        context.Report.Deliveries.Add(new DeliveryFigures($"mail for the published round ({round.Matched:N0} matches)", tally.Expected, tally.Received,
            tally.Distinct, tally.Lost, tally.Duplicates, tally.Unexpected, seconds, perSecond,
            restarted ?? "no silo restarted"));
        context.Report.Timings.Add(new TimingComparison($"mail: round done -> last message ({tally.Distinct:N0} distinct messages)", seconds,
            "the round itself, StartRound -> Done, same run", round.Elapsed.TotalSeconds,
            string.Create(CultureInfo.InvariantCulture, $"{perSecond:F1} messages/s; {tally.Lost:N0} lost, {tally.Duplicates:N0} duplicates; {restarted ?? "no silo restarted"}")));
        context.Report.Notes.Add("mail: throughput counts from when WatchRound showed Done (200 ms resolution) to the file time of the last message at aiosmtpd.");
        context.Log.WriteLine($"mail: {tally.Distinct:N0} of {total:N0} in {seconds:F1} s ({perSecond:F1}/s), {tally.Lost} lost, {tally.Duplicates} duplicates; {restarted ?? "no restart"}");
        IssueTargets.Mail(context, round.Matched, tally, perSecond, restarted is not null);
    }

    private static string Address(string participantId) => $"{participantId.ToLowerInvariant()}@load.test";

    /// <summary>Each address and how many match sides it holds in the round's published matches.</summary>
    private static async Task<Dictionary<string, int>> ExpectedAsync(ScenarioContext context, string roundName, CancellationToken ct)
    {
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        var token = "";
        do
        {
            var page = await context.Rounds.ListRoundMatchesAsync(new ListRoundMatchesRequest { Parent = roundName, PageSize = PageSize, PageToken = token },
                deadline: ScenarioContext.CallDeadline, cancellationToken: ct);
            foreach (var match in page.Matches)
            {
                foreach (var side in new[] { match.Mentee, match.Mentor })
                {
                    var address = Address(side[(side.LastIndexOf('/') + 1)..]);
                    expected[address] = expected.GetValueOrDefault(address) + 1;
                }
            }

            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return expected;
    }

    private static async Task<string> RestartSenderAsync(ScenarioContext context, string roundName, int arrived, int total, CancellationToken ct)
    {
        var topology = context.Topology ?? throw new InvalidOperationException("--restart-silo-at needs a cluster the harness started");
        var marker = $"Notifications of {roundName}/notifications";
        var silos = topology.Processes.Where(p => p.Name.StartsWith("silo-", StringComparison.Ordinal)).ToList();
        var sender = silos.FirstOrDefault(s => Logged(s.LogPath, marker));
        var victim = sender ?? silos[0];
        context.Log.WriteLine($"mail: killing {victim.Name} after {arrived:N0} of {total:N0} messages");
        var clock = Stopwatch.StartNew();
        var restarted = await topology.RestartSiloAsync(victim.Name, context.Memory, ct);
        return string.Create(CultureInfo.InvariantCulture,
            $"{victim.Name} ({(sender is null ? "no silo had logged the round's notifications yet" : "the one sending")}) killed after {arrived:N0} of {total:N0} messages; {restarted.Name} active {clock.Elapsed.TotalSeconds:F1} s later");
    }

    private static bool Logged(string path, string marker)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Contains(marker, StringComparison.Ordinal);
    }
}
