namespace Mentoring.Api;

/// <summary>How the gateway streams programme event logs (WatchEvents), bound from "Mentoring:Events".</summary>
public sealed class EventOptions
{
    public const string Section = "Mentoring:Events";

    /// <summary>How often a watch that has sent everything looks for new events.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most events one read of the log fetches (1..1000).</summary>
    public int ReadBatchSize { get; set; } = 500;

    public void Validate()
    {
        if (PollInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{Section}:PollInterval must be positive.");
        }

        if (ReadBatchSize is < 1 or > 1000)
        {
            throw new InvalidOperationException($"{Section}:ReadBatchSize must be between 1 and 1000.");
        }
    }
}
