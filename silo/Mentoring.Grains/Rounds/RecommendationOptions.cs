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

    /// <summary>
    /// The service key of the silo's recommendation lane: one thread of its own that rebuilds the cached encodings, so a
    /// rebuild never queues behind a round's work on the background lane.
    /// </summary>
    public const string LaneKey = "Mentoring:Recommendations:Lane";

    /// <summary>Profile changes show in recommendations after at most this long (the cached encoding is rebuilt in the background).</summary>
    public TimeSpan MaxStaleness { get; set; } = TimeSpan.FromSeconds(5);
}
