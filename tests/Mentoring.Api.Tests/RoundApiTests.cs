using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests;

/// <summary>Matching rounds end to end through the gateway: start, watch, report, results, idempotency, one round at a time.</summary>
public sealed class RoundApiTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>, IAsyncLifetime
{
    private const int Mentors = 12;
    private const int Mentees = 28;
    private const int Capacity = 2;

    private readonly Clients _clients = Clients.For(fixture.Gateway);
    private readonly Grpc.Net.Client.GrpcChannel _channel = fixture.Gateway.CreateChannel();
    private readonly string _programmeId = "rounds-" + Guid.NewGuid().ToString("N")[..8];

    private RoundService.RoundServiceClient Rounds => new(_channel);

    private string Parent => $"programmes/{_programmeId}";

    public async Task InitializeAsync()
    {
        await _clients.CreateProgrammeAsync(_programmeId);
        await RoundPopulation.ImportAsync(_clients, Parent, Mentors, Mentees, Capacity);
    }

    public Task DisposeAsync()
    {
        _clients.Dispose();
        _channel.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_round_passes_through_its_states_in_order_and_ends_done_with_every_pair_scored()
    {
        var started = await StartAsync("watch-1");

        var seen = await RoundCalls.WatchToEndAsync(Rounds, started.Name);

        Assert.NotEmpty(seen);
        Assert.All(seen, r => Assert.Equal(started.Name, r.Name));
        var states = seen.Select(r => r.State).ToList();
        Assert.Equal(states.Order(), states);
        Assert.Equal(RoundState.Done, states[^1]);
        Assert.All(states[..^1], s => Assert.False(RoundCalls.IsFinal(s)));
        var last = seen[^1];
        Assert.True(last.Progress.PairsTotal > 0);
        Assert.Equal(last.Progress.PairsTotal, last.Progress.PairsScored);
        Assert.NotNull(last.EndTime);
        Assert.NotNull(last.Report);
    }

    [Fact]
    public async Task A_finished_round_reports_consistent_counts()
    {
        var round = await RunToEndAsync("report-1");

        var report = round.Report;
        Assert.Equal(Mentees, report.MenteeCount);
        Assert.Equal(Mentors, report.MentorCount);
        Assert.InRange(report.MatchedCount, 1, Math.Min(Mentees, Mentors * Capacity));
        Assert.True(report.MatchRate > 0);
        Assert.Equal((double)report.MatchedCount / report.MenteeCount, report.MatchRate, 6);
        Assert.Equal(report.MatchedCount, report.MentorLoadHistogram.Sum(b => b.MenteesPerMentor * b.MentorCount));
        Assert.Equal(report.MenteeCount - report.MatchedCount, report.UnmatchedByReason.Sum(u => u.MenteeCount));
        Assert.InRange(report.P10Score, 0, report.P50Score);
        Assert.InRange(report.P90Score, report.P50Score, 1);
        Assert.Equal(report.TotalScore / report.MatchedCount, report.MeanScore, 6);
    }

    [Fact]
    public async Task Paged_matches_respect_mentor_capacity_and_place_each_mentee_at_most_once()
    {
        var round = await RunToEndAsync("matches-1");

        var matches = await RoundCalls.ListAllMatchesAsync(Rounds, round.Name, pageSize: 7);
        var unmatched = await RoundCalls.ListAllUnmatchedAsync(Rounds, round.Name, pageSize: 3);

        Assert.Equal(round.Report.MatchedCount, matches.Count);
        Assert.Equal(matches.Count, matches.Select(m => m.Mentee).Distinct().Count());
        Assert.All(matches.GroupBy(m => m.Mentor), g => Assert.True(g.Count() <= Capacity, $"{g.Key} has {g.Count()} mentees"));
        Assert.All(matches, m => Assert.StartsWith($"{Parent}/participants/mentee-", m.Mentee));
        Assert.All(matches, m => Assert.StartsWith($"{Parent}/participants/mentor-", m.Mentor));
        Assert.All(matches, m => Assert.Equal(ScoreWeights.Descriptor.Fields.InFieldNumberOrder().Select(f => f.Name), m.Breakdown.Select(b => b.Component)));
        Assert.Equal(Mentees - matches.Count, unmatched.Count);
        Assert.Empty(unmatched.Select(u => u.Mentee).Intersect(matches.Select(m => m.Mentee)));
        Assert.All(unmatched, u => Assert.NotEmpty(u.Reason));
        Assert.All(unmatched, u => Assert.NotEqual(UnmatchedCause.Unspecified, u.Cause));
        Assert.Equal(
            round.Report.UnmatchedByReason.Select(r => (r.Reason, r.Cause)).Order(),
            unmatched.Select(u => (u.Reason, u.Cause)).Distinct().Order());
    }

    [Fact]
    public async Task A_page_token_of_one_round_is_rejected_by_another()
    {
        var first = await RunToEndAsync("token-1");
        var second = await RunToEndAsync("token-2");
        var page = await Rounds.ListRoundMatchesAsync(new ListRoundMatchesRequest { Parent = first.Name, PageSize = 1 });
        Assert.NotEqual("", page.NextPageToken);

        await RpcAssert.RejectsFieldAsync("page_token", async () =>
            await Rounds.ListRoundMatchesAsync(new ListRoundMatchesRequest { Parent = second.Name, PageSize = 1, PageToken = page.NextPageToken }));
    }

    [Fact]
    public async Task Retrying_a_start_with_the_same_request_id_returns_the_same_round()
    {
        var first = await StartAsync("retry-1");
        var whileRunning = await StartAsync("retry-1");
        await RoundCalls.WatchToEndAsync(Rounds, first.Name);
        var afterwards = await StartAsync("retry-1");

        Assert.Equal(first.Name, whileRunning.Name);
        Assert.Equal(first.Name, afterwards.Name);
        Assert.Equal("retry-1", afterwards.RequestId);
        var listed = await Rounds.ListRoundsAsync(new ListRoundsRequest { Parent = Parent, PageSize = 1000 });
        Assert.Single(listed.Rounds, r => r.RequestId == "retry-1");
    }

    [Fact]
    public async Task A_second_round_while_one_runs_fails_with_failed_precondition()
    {
        // Two starts race; the rule holds when one is refused, or when the first had already ended before the second began.
        var refused = false;
        for (var attempt = 0; attempt < 5 && !refused; attempt++)
        {
            var calls = new[] { $"race-{attempt}-a", $"race-{attempt}-b" }
                .Select(id => Rounds.StartRoundAsync(new StartRoundRequest { Parent = Parent, RequestId = id }).ResponseAsync)
                .ToList();
            var outcomes = await Task.WhenAll(calls.Select(OutcomeAsync));
            var started = outcomes.OfType<Round>().ToList();
            refused = outcomes.Any(o => o is StatusCode.FailedPrecondition);
            Assert.All(outcomes, o => Assert.True(o is Round or StatusCode.FailedPrecondition, $"Unexpected outcome {o}"));
            Assert.NotEmpty(started);
            var finished = new List<Round>();
            foreach (var round in started)
            {
                finished.Add((await RoundCalls.WatchToEndAsync(Rounds, round.Name))[^1]);
            }

            if (finished.Count == 2)
            {
                var ordered = finished.OrderBy(r => r.CreateTime).ToList();
                Assert.True(ordered[0].EndTime <= ordered[1].CreateTime, "Two rounds of one programme ran at the same time.");
            }
        }

        Assert.True(refused, "No concurrent start was ever refused.");
    }

    [Fact]
    public async Task A_dry_run_reports_and_is_marked_as_a_dry_run()
    {
        var round = await RunToEndAsync("dry-1", dryRun: true);

        Assert.True(round.DryRun);
        Assert.True(round.Report.MatchRate > 0);
        var fetched = await Rounds.GetRoundAsync(new GetRoundRequest { Name = round.Name });
        Assert.True(fetched.DryRun);
        Assert.Equal(RoundState.Done, fetched.State);
    }

    [Fact]
    public async Task Cancelling_a_finished_round_leaves_it_done()
    {
        var round = await RunToEndAsync("cancel-done-1");

        var cancelled = await Rounds.CancelRoundAsync(new CancelRoundRequest { Name = round.Name });

        Assert.Equal(RoundState.Done, cancelled.State);
    }

    [Fact]
    public async Task Results_are_listed_only_once_the_round_has_finished()
    {
        var round = await StartAsync("early-1");
        try
        {
            var page = await Rounds.ListRoundMatchesAsync(new ListRoundMatchesRequest { Parent = round.Name });
            var now = await Rounds.GetRoundAsync(new GetRoundRequest { Name = round.Name });
            Assert.True(RoundCalls.IsFinal(now.State), "Results were listed while the round was still running.");
            Assert.NotNull(page);
        }
        catch (RpcException e)
        {
            Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
        }

        await RoundCalls.WatchToEndAsync(Rounds, round.Name);
    }

    private async Task<Round> StartAsync(string requestId, bool dryRun = false) =>
        await Rounds.StartRoundAsync(new StartRoundRequest { Parent = Parent, RequestId = requestId, DryRun = dryRun });

    private async Task<Round> RunToEndAsync(string requestId, bool dryRun = false)
    {
        var started = await StartAsync(requestId, dryRun);
        var last = (await RoundCalls.WatchToEndAsync(Rounds, started.Name))[^1];
        Assert.True(last.State == RoundState.Done, $"{last.Name} ended {last.State}: {last.Error}");
        return await Rounds.GetRoundAsync(new GetRoundRequest { Name = started.Name });
    }

    private static async Task<object> OutcomeAsync(Task<Round> call)
    {
        try
        {
            return await call;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }
}
