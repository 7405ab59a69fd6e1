using System.Collections.Immutable;
using Mentoring.Abstractions.Feedback;
using Mentoring.Abstractions.Matches;

namespace Mentoring.Grains.Feedback;

/// <summary>The arithmetic of a programme's <see cref="FeedbackSummary"/>, apart from where its inputs come from.</summary>
internal static class FeedbackAggregation
{
    public static FeedbackSummary Summarize(
        IReadOnlyList<TimeSpan> points, IReadOnlyList<CheckInSent> sent, IReadOnlyList<CheckInAnswer> answers,
        IEnumerable<MatchSnapshot> matches, DateTimeOffset? programmeEnd, int lowScoreThreshold,
        Func<CheckInAnswer, FlaggedAnswer> flag)
    {
        var delivered = sent.Where(s => s.Delivered).ToList();
        var pointCount = Math.Max(points.Count, answers.Select(a => a.Point).DefaultIfEmpty(0).Max());
        var perPoint = Enumerable.Range(1, pointCount).Select(point =>
        {
            var scores = answers.Where(a => a.Point == point).Select(a => a.Score).ToList();
            return new CheckInPointSummary(
                point, point <= points.Count ? points[point - 1] : TimeSpan.Zero, delivered.Count(s => s.Point == point), scores.Count,
                scores.Count == 0 ? null : scores.Average());
        }).ToImmutableArray();

        var weeks = answers.GroupBy(a => WeekStart(a.AnswerTime)).OrderBy(g => g.Key)
            .Select(g => new WeeklySatisfaction(g.Key, g.Count(), g.Average(a => a.Score))).ToImmutableArray();

        // Early: before the programme's end time; without one, every ended match ended early.
        var early = matches.Where(m => m.State == MatchState.Ended && (programmeEnd is not { } end || m.UpdateTime < end)).ToList();
        var reasons = early.GroupBy(m => m.Reason ?? "", StringComparer.Ordinal)
            .Select(g => new EndingReason(g.Key, g.Count(), g.Any(m => m.Rating is not null) ? g.Where(m => m.Rating is not null).Average(m => m.Rating!.Value) : null))
            .OrderByDescending(r => r.Matches).ThenBy(r => r.Reason, StringComparer.Ordinal).ToImmutableArray();

        var flagged = answers.Where(a => a.Score <= lowScoreThreshold).OrderByDescending(a => a.AnswerTime).Select(flag).ToImmutableArray();
        return new FeedbackSummary(delivered.Count, answers.Count, perPoint, weeks, early.Count, reasons, lowScoreThreshold, flagged);
    }

    /// <summary>Monday 00:00 UTC of the week holding <paramref name="time"/>.</summary>
    public static DateTimeOffset WeekStart(DateTimeOffset time)
    {
        var day = time.UtcDateTime.Date;
        var sinceMonday = ((int)day.DayOfWeek + 6) % 7;
        return new DateTimeOffset(day.AddDays(-sinceMonday), TimeSpan.Zero);
    }
}
