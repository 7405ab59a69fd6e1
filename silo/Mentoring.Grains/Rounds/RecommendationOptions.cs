namespace Mentoring.Grains.Rounds;

/// <summary>How fresh recommendations are, bound from "Mentoring:Recommendations".</summary>
public sealed class RecommendationOptions
{
    public const string Section = "Mentoring:Recommendations";

    /// <summary>
    /// The service key of the clock that ages the cache; its own key, so a test can move it without moving the clock
    /// Orleans' timers run on.
    /// </summary>
    public const string ClockKey = "Mentoring:Recommendations:Clock";

    /// <summary>Profile changes show in recommendations after at most this long (the cached encoding is rebuilt in the background).</summary>
    public TimeSpan MaxStaleness { get; set; } = TimeSpan.FromSeconds(5);
}
