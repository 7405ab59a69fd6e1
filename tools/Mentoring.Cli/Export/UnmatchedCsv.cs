using Mentoring.Contracts.V1;

namespace Mentoring.Cli.Export;

/// <summary>The unmatched mentees of a round, for following them up: one row per mentee with the reason no mentor was found.</summary>
public static class UnmatchedCsv
{
    public static readonly string[] Header = ["mentee_id", "mentee_name", "reason"];

    public static void Write(TextWriter writer, IEnumerable<UnmatchedMentee> unmatched, IReadOnlyDictionary<string, string> displayNames)
    {
        CsvWriter.WriteRecord(writer, Header);
        foreach (var mentee in unmatched)
        {
            CsvWriter.WriteRecord(writer, [CliNames.Id(mentee.Mentee), displayNames.GetValueOrDefault(mentee.Mentee, ""), mentee.Reason]);
        }
    }
}
