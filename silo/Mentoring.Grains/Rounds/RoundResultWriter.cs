using System.Collections.Immutable;
using Mentoring.Abstractions.Rounds;
using Mentoring.Matching;
using Mentoring.Storage.Faults;

namespace Mentoring.Grains.Rounds;

/// <summary>Turns an engine result into stored pages and the round's quality report.</summary>
internal static class RoundResultWriter
{
    /// <summary>Everything stored of a result, built in one pass; CPU work, meant for the background lane.</summary>
    public static RoundPublication Build(MatchingResult result, bool peer, int pageSize) => new(
        [.. Enumerable.Range(0, PageCount(result, pageSize)).Select(page => new RoundMatchPage(
            [.. result.Matches.Skip(page * pageSize).Take(pageSize).Select(ToRoundMatch)],
            [.. result.Unmatched.Skip(page * pageSize).Take(pageSize).Select(u => new RoundUnmatched(u.MenteeId, u.Reason) { Cause = u.Cause })],
            peer))],
        Report(result),
        FirstMenteeOfEachPage(result, pageSize));

    public static async Task WritePagesAsync(
        IGrainFactory grains, StorageRetry retry, RoundSpec spec, IReadOnlyList<RoundMatchPage> pages, CancellationToken cancellationToken)
    {
        var writes = pages.Select((content, page) =>
        {
            var grain = grains.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(spec.ProgrammeId, spec.RoundId, page));

            // Setting a page is idempotent (same content, first publish time kept), so a page whose activation failed on a fault is set again.
            return retry.RunAsync($"publishing result page {page}", (_, token) => grain.SetAsync(content, token), cancellationToken, ClusterFaults.IsTransient);
        });
        await Task.WhenAll(writes);
    }

    /// <summary>How many pages a result takes: matches and unmatched mentees each fill pages from the first.</summary>
    public static int PageCount(MatchingResult result, int pageSize) =>
        Math.Max(1, (Math.Max(result.Matches.Count, result.Unmatched.Count) + pageSize - 1) / pageSize);

    /// <summary>The mentee of each page's first match; the engine lists matches in ordinal mentee id order.</summary>
    private static ImmutableArray<string> FirstMenteeOfEachPage(MatchingResult result, int pageSize) =>
        [.. Enumerable.Range(0, (result.Matches.Count + pageSize - 1) / pageSize).Select(page => result.Matches[page * pageSize].MenteeId)];

    private static RoundReport Report(MatchingResult result)
    {
        var s = result.Summary;
        return new RoundReport(
            s.MenteeCount, s.MentorCount, s.MatchedCount, s.MatchRate, s.TotalScore, s.MeanScore, s.P10, s.P50, s.P90,
            s.MentorLoadHistogram.ToImmutableSortedDictionary(),
            result.Unmatched.GroupBy(u => u.Reason, StringComparer.Ordinal)
                .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal))
        {
            ReasonCauses = result.Unmatched.GroupBy(u => u.Reason, StringComparer.Ordinal)
                .ToImmutableSortedDictionary(g => g.Key, g => g.First().Cause, StringComparer.Ordinal),
        };
    }

    public static RoundMatch ToRoundMatch(ProposedMatch match)
    {
        var breakdown = new float[Enum.GetValues<ScoreComponent>().Length];
        foreach (var (component, value) in match.Breakdown)
        {
            breakdown[(int)component] = (float)value;
        }

        return new RoundMatch(match.MenteeId, match.MentorId, match.Score, [.. breakdown], [.. match.Reasons]);
    }
}
