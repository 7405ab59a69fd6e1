using System.Globalization;
using Mentoring.Contracts.V1;

namespace Mentoring.Reports;

/// <summary>
/// The chart series of a round, computed from its API messages; shared by the HTML report and the CLI's terminal charts
/// so both always show the same numbers.
/// </summary>
public static class RoundFigures
{
    public const int ScoreBins = 10;

    /// <summary>Matches per score bin of width 0.1 over 0..1; a score of exactly 1 falls in the last bin.</summary>
    public static IReadOnlyList<ChartBar> ScoreHistogram(IReadOnlyList<RoundMatch> matches)
    {
        var counts = new int[ScoreBins];
        foreach (var match in matches)
        {
            counts[Math.Clamp((int)Math.Floor(match.Score * ScoreBins), 0, ScoreBins - 1)]++;
        }

        return counts.Select((count, i) => new ChartBar(
            string.Create(CultureInfo.InvariantCulture, $"{i / (double)ScoreBins:0.0}–{(i + 1) / (double)ScoreBins:0.0}"),
            count,
            count.ToString(CultureInfo.InvariantCulture))).ToList();
    }

    /// <summary>How many mentors took how many mentees, from the round's report.</summary>
    public static IReadOnlyList<ChartBar> MentorLoadHistogram(RoundReport? report) =>
        (report?.MentorLoadHistogram ?? [])
            .OrderBy(b => b.MenteesPerMentor)
            .Select(b => new ChartBar(
                Plural(b.MenteesPerMentor, "mentee"),
                b.MentorCount,
                Plural(b.MentorCount, "mentor")))
            .ToList();

    /// <summary>
    /// Slots used against slots offered, per mentor capacity: mentors grouped by their capacity, each bar the share of
    /// the group's slots this round filled. Mentors missing from <paramref name="capacities"/> are left out.
    /// </summary>
    public static IReadOnlyList<ChartBar> MentorLoadAgainstCapacity(IReadOnlyList<RoundMatch> matches, IReadOnlyDictionary<string, int> capacities)
    {
        var load = matches.GroupBy(m => m.Mentor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return capacities
            .GroupBy(c => c.Value)
            .OrderBy(g => g.Key)
            .Select(group =>
            {
                var offered = group.Key * group.Count();
                var used = group.Sum(mentor => load.GetValueOrDefault(mentor.Key));
                var share = offered == 0 ? 0 : used / (double)offered;
                return new ChartBar(
                    $"capacity {group.Key} ({Plural(group.Count(), "mentor")})",
                    share,
                    string.Create(CultureInfo.InvariantCulture, $"{used} of {offered} slots ({share:P0})"));
            })
            .ToList();
    }

    /// <summary>Unmatched mentees per reason, most frequent first.</summary>
    public static IReadOnlyList<ChartBar> UnmatchedByReason(RoundReport? report) =>
        (report?.UnmatchedByReason ?? [])
            .OrderByDescending(u => u.MenteeCount)
            .ThenBy(u => u.Reason, StringComparer.Ordinal)
            .Select(u => new ChartBar(u.Reason, u.MenteeCount, u.MenteeCount.ToString(CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>
    /// Each component's average contribution to a match's score: mean raw value × weight / Σ weights (the score is the
    /// weighted mean). Without weights, the mean raw value.
    /// </summary>
    public static IReadOnlyList<ChartBar> ComponentContributions(IReadOnlyList<RoundMatch> matches, ScoreWeights? weights)
    {
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var value in matches.SelectMany(m => m.Breakdown))
        {
            if (!sums.ContainsKey(value.Component))
            {
                order.Add(value.Component);
            }

            sums[value.Component] = sums.GetValueOrDefault(value.Component) + value.Value;
        }

        var weightOf = order.ToDictionary(c => c, c => weights is null ? 1.0 : Weight(weights, c), StringComparer.Ordinal);
        var total = weightOf.Values.Sum();
        return order
            .Select(component =>
            {
                var mean = matches.Count == 0 ? 0 : sums[component] / matches.Count;
                var contribution = total <= 0 ? 0 : weights is null ? mean : mean * weightOf[component] / total;
                return new ChartBar(component, contribution, contribution.ToString("0.000", CultureInfo.InvariantCulture));
            })
            .ToList();
    }

    /// <summary>A component's effective weight; components are spelled like the ScoreWeights fields.</summary>
    private static double Weight(ScoreWeights weights, string component) =>
        ScoreWeights.Descriptor.FindFieldByName(component)?.Accessor.GetValue(weights) is double weight ? weight : 0;

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
