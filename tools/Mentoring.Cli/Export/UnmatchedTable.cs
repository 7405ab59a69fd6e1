using Mentoring.Contracts.V1;

namespace Mentoring.Cli.Export;

/// <summary>The unmatched mentees of a round, for following them up (CSV or XLSX): one row per mentee with the reason no mentor was found.</summary>
public static class UnmatchedTable
{
    public static readonly string[] Header = ["mentee_id", "mentee_name", "reason"];

    public static IEnumerable<IReadOnlyList<string>> Rows(IEnumerable<UnmatchedMentee> unmatched, IReadOnlyDictionary<string, string> displayNames) =>
        unmatched.Select(mentee => (IReadOnlyList<string>)[CliNames.Id(mentee.Mentee), displayNames.GetValueOrDefault(mentee.Mentee, ""), mentee.Reason]);
}
