using System.Text.Json;
using Mentoring.Matching;
using Mentoring.Offline;

namespace Mentoring.Matching.Tests.Offline;

/// <summary>The offline entry point reads the proto3 JSON mapping and writes the documented result.</summary>
public sealed class OfflineRunnerTests
{
    internal const string Round =
        """
        {
          "programme": {
            "name": "programmes/acme",
            "taxonomy": ["kotlin", "leadership", "sql"],
            "policy": { "solver": "SOLVER_MODE_OPTIMAL", "minimumOverlapHours": 1 }
          },
          "participants": [
            { "name": "programmes/acme/participants/ada", "role": "PARTICIPANT_ROLE_MENTOR", "capacity": 1,
              "languages": ["en"], "timeZone": "Europe/London", "formats": ["MEETING_FORMAT_ONLINE"],
              "skillsOffered": [{ "term": "kotlin", "level": 5 }, { "term": "leadership", "level": 4 }],
              "availability": [{ "day": "MONDAY", "startTime": "09:00", "endTime": "13:00" }] },
            { "name": "programmes/acme/participants/bo", "role": "PARTICIPANT_ROLE_MENTEE",
              "languages": ["en"], "timeZone": "Europe/London", "formats": ["MEETING_FORMAT_ONLINE"],
              "skillsWanted": [{ "term": "kotlin", "level": 3 }],
              "availability": [{ "day": "MONDAY", "startTime": "10:00", "endTime": "12:00" }] },
            { "name": "programmes/acme/participants/cy", "role": "PARTICIPANT_ROLE_MENTEE",
              "languages": ["fr"], "timeZone": "Europe/Paris", "formats": ["MEETING_FORMAT_ONLINE"],
              "skillsWanted": [{ "term": "sql", "level": 2 }],
              "availability": [{ "day": "MONDAY", "startTime": "10:00", "endTime": "12:00" }] }
          ]
        }
        """;

    [Fact]
    public void A_round_file_yields_matches_unmatched_reasons_and_a_summary()
    {
        var (programme, participants, violations) = OfflineInput.Parse(Round);
        Assert.Empty(violations);

        var result = new MatchingEngine().Run(new MatchingRequest(programme, participants) { IncludeFeasiblePairs = true });
        using var output = JsonDocument.Parse(OfflineOutput.Write(result));
        var root = output.RootElement;

        var match = Assert.Single(root.GetProperty("matches").EnumerateArray());
        Assert.Equal("bo", match.GetProperty("mentee_id").GetString());
        Assert.Equal("ada", match.GetProperty("mentor_id").GetString());
        Assert.InRange(match.GetProperty("score").GetDouble(), 0.0001, 1);
        Assert.NotEmpty(match.GetProperty("reasons").EnumerateArray());
        var unmatched = Assert.Single(root.GetProperty("unmatched").EnumerateArray());
        Assert.Equal("cy", unmatched.GetProperty("mentee_id").GetString());
        Assert.Equal("no_shared_language", unmatched.GetProperty("rule").GetString());
        Assert.Equal(0.5, root.GetProperty("summary").GetProperty("match_rate").GetDouble());
        Assert.Single(root.GetProperty("feasible_pairs").EnumerateArray());
    }

    [Fact]
    public void An_invalid_participant_is_reported_with_its_position_and_field()
    {
        var bad = Round.Replace("\"Europe/Paris\"", "\"Mars/Base\"", StringComparison.Ordinal);

        var (_, _, violations) = OfflineInput.Parse(bad);

        Assert.Contains(violations, v => v.Field == "participants[2].participant.time_zone");
    }

    [Fact]
    public void Options_name_the_solver_and_reject_unknown_ones()
    {
        Assert.True(OfflineOptions.TryParse(["--input", "r.json", "--solver", "stable-mentor", "--dump-pairs"], out var options, out _));
        Assert.Equal(Domain.SolverMode.StableMentorProposing, options!.Solver);
        Assert.True(options.DumpPairs);
        Assert.False(OfflineOptions.TryParse(["--input", "r.json", "--solver", "greedy"], out _, out var error));
        Assert.Contains("greedy", error, StringComparison.Ordinal);
    }
}
