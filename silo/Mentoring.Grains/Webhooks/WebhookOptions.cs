namespace Mentoring.Grains.Webhooks;

/// <summary>How webhooks are delivered, bound from "Mentoring:Webhooks" (docs/CONFIGURATION.md).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Mentoring:Webhooks";

    /// <summary>
    /// The default retry waits, the Standard Webhooks suggestion, spanning 27 h 35 min: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h.
    /// </summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultRetrySchedule =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    /// <summary>
    /// The waits before each retry of a failed delivery; after the last retry fails the event becomes a dead letter. Empty
    /// means <see cref="DefaultRetrySchedule"/> (a default held apart, because configuration binding appends to a list).
    /// </summary>
    public TimeSpan[] RetrySchedule { get; set; } = [];

    /// <summary>The retry waits in force.</summary>
    public IReadOnlyList<TimeSpan> Retries => RetrySchedule.Length > 0 ? RetrySchedule : DefaultRetrySchedule;

    /// <summary>How long one delivery request may take before it counts as failed.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often an endpoint's delivery looks for new events.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often the reminder that restarts a delivery lost with its silo fires (Orleans' minimum is one minute).</summary>
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Events read from a programme's log at a time.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Dead letters kept per endpoint; beyond it the oldest go (and are counted in the log).</summary>
    public int MaxDeadLetters { get; set; } = 1000;

    /// <summary>
    /// Lets URLs reach loopback, private and other non-public addresses, and use http. Off in production (SSRF); tests and
    /// closed networks turn it on.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Refuses settings that would only fail later, at the first delivery.</summary>
    public void Validate()
    {
        if (RetrySchedule.Any(wait => wait <= TimeSpan.Zero))
        {
            throw new InvalidOperationException($"{Section}:RetrySchedule must list only positive waits.");
        }

        if (RequestTimeout <= TimeSpan.Zero || PollInterval <= TimeSpan.Zero || ReminderPeriod <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{Section}:RequestTimeout, PollInterval and ReminderPeriod must be positive.");
        }

        if (BatchSize < 1 || MaxDeadLetters < 1)
        {
            throw new InvalidOperationException($"{Section}:BatchSize and MaxDeadLetters must be at least 1.");
        }
    }
}
