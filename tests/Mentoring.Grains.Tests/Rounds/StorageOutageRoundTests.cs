using Mentoring.Abstractions.Rounds;
using Mentoring.Matching;
using Npgsql;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>Storage failing while a round publishes: the round fails cleanly, and the retried request completes it.</summary>
public sealed class StorageOutageRoundTests(RoundClusterFixture fixture) : IClassFixture<RoundClusterFixture>
{
    private IGrainFactory Grains => fixture.Cluster.Client;

    [Fact]
    public async Task A_round_whose_result_cannot_be_stored_fails_publishes_nothing_and_completes_on_retry()
    {
        var scenario = RoundScenario.Create("storage-outage", mentees: 50, mentors: 25, seed: 29);
        await scenario.WriteAsync(Grains);
        var rounds = Grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(scenario.Programme.Id));

        await ExecuteAsync(
            """
            CREATE OR REPLACE FUNCTION test_refuse_round_pages() RETURNS trigger AS $$
            BEGIN RAISE EXCEPTION 'storage unavailable (injected by the test)'; END $$ LANGUAGE plpgsql;
            CREATE TRIGGER test_refuse_round_pages BEFORE INSERT OR UPDATE ON orleansstorage
                FOR EACH ROW WHEN (NEW.graintypestring = 'round-page') EXECUTE FUNCTION test_refuse_round_pages();
            """);
        var started = await rounds.StartAsync("publish-once", RoundScope.All, null, dryRun: false);
        var failed = await RoundDriver.WaitFinalAsync(Grains, scenario.Programme.Id, started.Round!.Spec.RoundId);

        Assert.Equal(RoundPhase.Failed, failed.Progress.Phase);
        Assert.False(string.IsNullOrEmpty(failed.Progress.Error));
        Assert.Equal(0, failed.MatchPageCount);
        Assert.Null(await Grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(scenario.Programme.Id, failed.Spec.RoundId)).GetPageAsync(0));
        Assert.Empty(await rounds.PublishedRoundsAsync());

        await ExecuteAsync("DROP TRIGGER test_refuse_round_pages ON orleansstorage;");
        var retried = await rounds.StartAsync("publish-once", RoundScope.All, null, dryRun: false);
        var done = await RoundDriver.WaitFinalAsync(Grains, scenario.Programme.Id, retried.Round!.Spec.RoundId);

        Assert.Equal(failed.Spec.RoundId, done.Spec.RoundId);
        Assert.True(done.Progress.Phase == RoundPhase.Done, $"{done.Progress.Phase} {retried.Status} {retried.Round.Progress.Phase} {done.Progress.StartTime:O} vs {failed.Progress.StartTime:O}: {done.Progress.Error}");
        var (matches, _) = await RoundDriver.ResultAsync(Grains, scenario.Programme.Id, done.Spec.RoundId);
        var expected = new MatchingEngine().Run(new MatchingRequest(scenario.Programme, scenario.Participants));
        Assert.Equal(expected.Matches.Select(m => (m.MenteeId, m.MentorId, m.Score)), matches.Select(m => (m.MenteeId, m.MentorId, m.Score)));
        Assert.Equal(done.Spec.RoundId, Assert.Single(await rounds.PublishedRoundsAsync()));
        RoundAssertions.AssertValid(scenario, matches);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.Cluster.Storage.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
