using System.Globalization;
using System.Text;

namespace Mentoring.Cli.Tests.Infrastructure;

/// <summary>Input files an admin would have: a policy in YAML and a participants CSV with some bad rows.</summary>
public static class ProgrammeFiles
{
    public const string Taxonomy = "kotlin,leadership,career-change,design";

    public static string PolicyYaml(string directory)
    {
        var path = Path.Combine(directory, "policy.yaml");
        File.WriteAllText(path, """
            solver: SOLVER_MODE_OPTIMAL
            maximise_match_count: true
            minimum_overlap_hours: 1
            top_k: 8
            weights:
              skills: 3
              availability: 1
              language: 1
            """);
        return path;
    }

    /// <summary>
    /// <paramref name="mentors"/> mentors (capacity 2) and <paramref name="mentees"/> mentees who can all meet on Monday
    /// mornings and share English and kotlin, then the bad rows whose lines the test expects in the error file.
    /// </summary>
    public static (string Path, BadRows Bad) ParticipantsCsv(string directory, int mentors, int mentees)
    {
        var csv = new StringBuilder();
        csv.AppendLine("id,role,display_name,organisation,languages,time_zone,availability,skills_offered,skills_wanted,goals,capacity,seniority_years");
        for (var i = 0; i < mentors; i++)
        {
            csv.AppendLine(CultureInfo.InvariantCulture, $"mentor-{i:D2},mentor,\"Mentor {i}, Esq.\",globex,en,Europe/London,MONDAY 08:00-12:00,kotlin:5;leadership:4,,,2,{10 + i}");
        }

        for (var i = 0; i < mentees; i++)
        {
            csv.AppendLine(CultureInfo.InvariantCulture, $"mentee-{i:D2},mentee,Mentee {i},acme,en;de,Europe/Berlin,MONDAY 09:00-11:00,,kotlin:3,career-change,,{i % 5}");
        }

        var firstBad = mentors + mentees + 2;
        csv.AppendLine("bad-role,boss,Nobody,acme,en,Europe/Berlin,MONDAY 09:00-11:00,,kotlin:3,,,1");
        csv.AppendLine("bad-years,mentee,Nobody,acme,en,Europe/Berlin,MONDAY 09:00-11:00,,kotlin:3,,,many");
        csv.AppendLine("bad-capacity,mentor,Nobody,globex,en,Europe/London,MONDAY 08:00-12:00,kotlin:5,,,-1,12");
        csv.AppendLine("bad-time,mentee,Nobody,acme,en,Europe/Berlin,MONDAY 25:00-26:00,,kotlin:3,,,1");
        var path = Path.Combine(directory, "participants.csv");
        File.WriteAllText(path, csv.ToString());
        return (path, new BadRows(firstBad, firstBad + 1, firstBad + 2, firstBad + 3));
    }

    /// <summary>The lines of the bad rows: two the tool itself cannot read, two the server rejects.</summary>
    public sealed record BadRows(int Role, int Years, int Capacity, int Time);
}
