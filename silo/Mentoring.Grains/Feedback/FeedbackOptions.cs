namespace Mentoring.Grains.Feedback;

/// <summary>Check-in surveys and their aggregates, bound from "Mentoring:Feedback".</summary>
public sealed class FeedbackOptions
{
    public const string Section = "Mentoring:Feedback";

    /// <summary>The clock that decides when surveys are due (the system clock; tests move a fake one).</summary>
    public const string ClockKey = "Mentoring:Feedback:Clock";

    /// <summary>The check-in points when none is configured: two and eight weeks after a match turned active.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultCheckIns = [TimeSpan.FromDays(14), TimeSpan.FromDays(56)];

    /// <summary>Send check-in surveys at all; off keeps answers and aggregates but sends nothing new.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Times after a match turned active at which both sides get a survey. Empty means <see cref="DefaultCheckIns"/>: the
    /// configuration binder adds to a list rather than replacing it, so the defaults cannot live in the list itself.
    /// </summary>
    public List<TimeSpan> CheckIns { get; set; } = [];

    /// <summary>Answers with a score at or below this are flagged for the programme's admins.</summary>
    public int LowScoreThreshold { get; set; } = 2;

    /// <summary>How often each programme's reminder looks for due surveys; a missed tick is caught up by the next.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The check-in points in effect, in ascending order.</summary>
    public IReadOnlyList<TimeSpan> EffectiveCheckIns => CheckIns.Count == 0 ? DefaultCheckIns : [.. CheckIns.Order()];

    /// <summary>Refuses settings that would only fail later.</summary>
    public void Validate()
    {
        if (CheckIns.Any(c => c <= TimeSpan.Zero || c > TimeSpan.FromDays(3650)) || CheckIns.Distinct().Count() != CheckIns.Count || CheckIns.Count > 20)
        {
            throw new InvalidOperationException($"{Section}:CheckIns must hold at most 20 distinct times between 00:00:01 and 3650.00:00:00.");
        }

        if (LowScoreThreshold is < 0 or > 5)
        {
            throw new InvalidOperationException($"{Section}:LowScoreThreshold must be between 0 (flag nothing) and 5 (it is {LowScoreThreshold}).");
        }

        if (CheckInterval < TimeSpan.FromMinutes(1) || CheckInterval > TimeSpan.FromDays(1))
        {
            throw new InvalidOperationException($"{Section}:CheckInterval must be between 00:01:00 and 1.00:00:00 (it is {CheckInterval}).");
        }
    }
}
