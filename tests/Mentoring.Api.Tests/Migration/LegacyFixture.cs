using Google.Protobuf;
using Mentoring.Contracts.V1;
using Mentoring.Testing;

namespace Mentoring.Api.Tests.Migration;

/// <summary>
/// What a database written by the previous storage layout holds, as that version's API reported it
/// (scripts/make-legacy-fixture.sh, run on commit 5166a0f): participants, rounds and each published match's state.
/// </summary>
public sealed class LegacyFixture
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    private LegacyFixture(string folder) => Folder = folder;

    public string Folder { get; }

    public const string ProgrammeId = "fixture";

    public static LegacyFixture SqliteVersion => new(Path.Combine(Root, "sqlite"));

    public static LegacyFixture PostgreSqlVersion => new(Path.Combine(Root, "postgresql"));

    private static string Root => Path.Combine(RepositoryPaths.Root, "tests", "Mentoring.Api.Tests", "Migration", "Fixtures", "v5166a0f");

    /// <summary>Every participant as GetParticipant answered, by id.</summary>
    public Dictionary<string, Participant> Participants() =>
        Directory.GetFiles(Path.Combine(Folder, "participants"), "*.json")
            .Select(file => Parser.Parse<Participant>(File.ReadAllText(file)))
            .ToDictionary(p => p.Name.Split('/')[^1], StringComparer.Ordinal);

    /// <summary>The rounds as ListRounds answered.</summary>
    public ListRoundsResponse Rounds() => Parser.Parse<ListRoundsResponse>(File.ReadAllText(Path.Combine(Folder, "rounds.json")));

    /// <summary>(mentee id, mentor id, status) of every match of a round, from the CLI's export.</summary>
    public List<(string Mentee, string Mentor, string Status)> Matches(string roundName)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, "rounds", roundName.Split('/')[^1] + ".csv"));
        var header = lines[0].Split(',').ToList();
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(c =>
            (c[header.IndexOf("mentee_id")], c[header.IndexOf("mentor_id")], c[header.IndexOf("status")]))];
    }

    public string DumpSql => File.ReadAllText(Path.Combine(Folder, "dump.sql"));

    public string DatabaseFile => Path.Combine(Folder, "mentoring.db");

    internal static string StatusOf(MatchState state) =>
        JsonFormatter.Default.Format(new Match { State = state }).Split('"')[3]["MATCH_STATE_".Length..].ToLowerInvariant();
}
