using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.Matching;

namespace Mentoring.Offline;

/// <summary>Writes a <see cref="MatchingResult"/> as the documented JSON (snake_case, scores rounded to 6 places).</summary>
public static class OfflineOutput
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(MatchingResult result)
    {
        var summary = result.Summary;
        var root = new JsonObject
        {
            ["matches"] = new JsonArray([.. result.Matches.Select(m => (JsonNode)new JsonObject
            {
                ["mentee_id"] = m.MenteeId,
                ["mentor_id"] = m.MentorId,
                ["score"] = Round(m.Score),
                ["breakdown"] = new JsonObject(m.Breakdown.OrderBy(b => b.Key)
                    .Select(b => KeyValuePair.Create(Snake(b.Key.ToString()), (JsonNode?)Round(b.Value)))),
                ["reasons"] = new JsonArray([.. m.Reasons.Select(r => (JsonNode)r)]),
            })]),
            ["unmatched"] = new JsonArray([.. result.Unmatched.Select(u => (JsonNode)new JsonObject
            {
                ["mentee_id"] = u.MenteeId,
                ["reason"] = u.Reason,
                ["rule"] = u.MainRule is { } rule ? Snake(rule.ToString()) : null,
            })]),
            ["summary"] = new JsonObject
            {
                ["mentee_count"] = summary.MenteeCount,
                ["mentor_count"] = summary.MentorCount,
                ["matched_count"] = summary.MatchedCount,
                ["match_rate"] = Round(summary.MatchRate),
                ["total_score"] = Round(summary.TotalScore),
                ["mean_score"] = Round(summary.MeanScore),
                ["p10"] = Round(summary.P10),
                ["p50"] = Round(summary.P50),
                ["p90"] = Round(summary.P90),
                ["mentor_load_histogram"] = new JsonObject(summary.MentorLoadHistogram.OrderBy(h => h.Key)
                    .Select(h => KeyValuePair.Create(h.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), (JsonNode?)h.Value))),
                ["candidate_edges"] = summary.CandidateEdges,
            },
        };
        if (result.FeasiblePairs is { } pairs)
        {
            root["feasible_pairs"] = new JsonArray([.. pairs.Select(p => (JsonNode)new JsonObject
            {
                ["mentee_id"] = p.MenteeId,
                ["mentor_id"] = p.MentorId,
                ["score"] = Round(p.Score),
            })]);
        }

        return root.ToJsonString(Indented);
    }

    private static double Round(double value) => Math.Round(value, 6);

    private static string Snake(string pascal) => JsonNamingPolicy.SnakeCaseLower.ConvertName(pascal);
}
