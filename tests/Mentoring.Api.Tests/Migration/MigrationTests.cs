using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Mentoring.Api.Tests.Migration;

/// <summary>
/// A database written by the version that kept participants in the Orleans storage table and the membership shards
/// starts on this one with every participant, round and match intact, the old rows gone, and does so again after a restart.
/// </summary>
public sealed class MigrationTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const string Parent = $"programmes/{LegacyFixture.ProgrammeId}";

    [Fact]
    public async Task A_sqlite_database_of_the_previous_version_keeps_every_participant_round_and_match()
    {
        var fixture = LegacyFixture.SqliteVersion;
        var directory = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var database = Path.Combine(directory, "mentoring.db");
        File.Copy(fixture.DatabaseFile, database);
        try
        {
            var settings = Settings.EmbeddedSqlite(directory);
            settings["Mentoring:Auth:Enabled"] = "false";
            await AssertIntactAcrossRestartsAsync(fixture, settings, () => LegacyRowsAsync(new SqliteConnection($"Data Source={database};Pooling=False")));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_postgresql_database_of_the_previous_version_keeps_every_participant_round_and_match()
    {
        var fixture = LegacyFixture.PostgreSqlVersion;
        await using (var connection = new NpgsqlConnection(postgres.ConnectionString))
        {
            await connection.OpenAsync();
            await using var restore = new NpgsqlCommand(fixture.DumpSql, connection);
            await restore.ExecuteNonQueryAsync();
        }

        var settings = Settings.SingleNodePostgres(postgres.ConnectionString);
        settings["Mentoring:Auth:Enabled"] = "false";
        await AssertIntactAcrossRestartsAsync(fixture, settings, () => LegacyRowsAsync(new NpgsqlConnection(postgres.ConnectionString)));
    }

    private static async Task AssertIntactAcrossRestartsAsync(LegacyFixture fixture, Dictionary<string, string> settings, Func<Task<(long Legacy, long Rows)>> rows)
    {
        var before = await rows();
        Assert.Equal(-1, before.Rows);
        Assert.True(before.Legacy > fixture.Participants().Count, $"The fixture holds only {before.Legacy} participant and membership rows.");
        for (var start = 0; start < 2; start++)
        {
            await using var gateway = await ServiceProcess.StartGatewayWithoutKeyAsync(settings);
            using var channel = gateway.CreateChannel(null);
            await AssertIntactAsync(fixture, new Clients(channel), new RoundService.RoundServiceClient(channel), new MatchService.MatchServiceClient(channel));
            Assert.Equal((0, fixture.Participants().Count), await rows());
        }
    }

    private static async Task AssertIntactAsync(LegacyFixture fixture, Clients clients, RoundService.RoundServiceClient rounds, MatchService.MatchServiceClient matches)
    {
        var expected = fixture.Participants();
        Assert.Equal(51, expected.Count);
        foreach (var (id, participant) in expected)
        {
            Assert.Equal(participant, await clients.Participants.GetParticipantAsync(new GetParticipantRequest { Name = $"{Parent}/participants/{id}" }));
        }

        var listed = await clients.ListAllParticipantsAsync(Parent, pageSize: 7);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal).Select(id => $"{Parent}/participants/{id}"), listed.Select(p => p.Name));
        Assert.Equal(expected.Values.OrderBy(p => p.Name, StringComparer.Ordinal), listed);

        var expectedRounds = fixture.Rounds();
        Assert.Equal(2, expectedRounds.Rounds.Count);
        Assert.Equal(expectedRounds.Rounds, (await rounds.ListRoundsAsync(new ListRoundsRequest { Parent = Parent })).Rounds);
        foreach (var round in expectedRounds.Rounds)
        {
            var published = fixture.Matches(round.Name);
            Assert.NotEmpty(published);
            var listedMatches = await RoundCalls.ListAllMatchesAsync(rounds, round.Name, pageSize: 5);
            Assert.Equal(published.Select(m => (m.Mentee, m.Mentor)), listedMatches.Select(m => (m.Mentee.Split('/')[^1], m.Mentor.Split('/')[^1])));
            foreach (var (mentee, mentor, status) in published)
            {
                var match = await matches.GetMatchAsync(new GetMatchRequest { Name = $"{round.Name}/matches/{mentee}" });
                Assert.Equal(mentor, match.Mentor.Split('/')[^1]);
                Assert.Equal(status, LegacyFixture.StatusOf(match.State));
            }
        }
    }

    private static async Task<(long Legacy, long Rows)> LegacyRowsAsync(System.Data.Common.DbConnection connection)
    {
        await using (connection)
        {
            await connection.OpenAsync();
            var legacy = await CountAsync(connection, "SELECT count(*) FROM orleansstorage WHERE graintypestring = 'participant' OR graintypestring LIKE 'membership%'");
            try
            {
                return (legacy, await CountAsync(connection, "SELECT count(*) FROM mentoring_participants"));
            }
            catch (Exception exception) when (exception is SqliteException or PostgresException)
            {
                // Before the first start of this version the participants table does not exist.
                return (legacy, -1);
            }
        }
    }

    private static async Task<long> CountAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
