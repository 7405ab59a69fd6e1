using System.Globalization;
using Mentoring.Contracts.V1;

namespace Mentoring.Tabular;

/// <summary>
/// The matches export for a mail merge (CSV or XLSX): one row per match with both people, the score, the top reasons
/// and the status; written by `mentoring rounds export` and by the console's round page.
/// </summary>
public static class MatchTable
{
    public const int ReasonColumns = 3;

    public static readonly string[] Header =
        ["mentee_id", "mentee_name", "mentor_id", "mentor_name", "score", "reason_1", "reason_2", "reason_3", "status"];

    public static IEnumerable<IReadOnlyList<string>> Rows(IReadOnlyList<RoundMatch> matches, IReadOnlyList<Match?> published, IReadOnlyDictionary<string, string> displayNames, bool dryRun)
    {
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var reasons = match.Reasons.Take(ReasonColumns).Concat(Enumerable.Repeat("", ReasonColumns)).Take(ReasonColumns);
            yield return
            [
                Id(match.Mentee), displayNames.GetValueOrDefault(match.Mentee, ""),
                Id(match.Mentor), displayNames.GetValueOrDefault(match.Mentor, ""),
                match.Score.ToString("0.0000", CultureInfo.InvariantCulture),
                .. reasons,
                Status(published[i], dryRun),
            ];
        }
    }

    /// <summary>The lifecycle state in lower case (proposed, active, ...); "dry_run" when the round published nothing.</summary>
    public static string Status(Match? match, bool dryRun) =>
        dryRun || match is null ? "dry_run" : match.State switch
        {
            MatchState.Proposed => "proposed",
            MatchState.AcceptedByMentee => "accepted_by_mentee",
            MatchState.AcceptedByMentor => "accepted_by_mentor",
            MatchState.Active => "active",
            MatchState.Declined => "declined",
            MatchState.Ended => "ended",
            _ => "unspecified",
        };

    // The last segment of a resource name: the id people use.
    private static string Id(string name) => name[(name.LastIndexOf('/') + 1)..];
}
