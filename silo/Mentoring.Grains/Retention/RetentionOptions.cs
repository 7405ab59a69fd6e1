using Mentoring.Domain;

namespace Mentoring.Grains.Retention;

/// <summary>How long a programme's data is kept after it ends, bound from "Mentoring:Retention".</summary>
public sealed class RetentionOptions
{
    public const string Section = "Mentoring:Retention";

    /// <summary>Longest period accepted: a century, far beyond any legal retention duty, and safe to add to any end time.</summary>
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(36500);

    /// <summary>Purge ended programmes; off keeps every programme (and its schedule) until it is switched on again.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Time between a programme's end and the purge of its data. A year covers a typical follow-up cycle
    /// (feedback, reporting, a next cohort that reuses the pairing history) without keeping personal data open-ended.
    /// </summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// How often each scheduled programme checks its purge time; a purge that did not complete
    /// is retried (and so resumed) at the next check. Orleans refuses reminder periods below one minute.
    /// </summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromDays(1);

    public RetentionSchedule Schedule => new(Enabled, Period, CheckInterval);

    /// <summary>Refuses settings that would only fail later, when a programme is scheduled.</summary>
    public void Validate()
    {
        if (Period < TimeSpan.Zero || Period > MaxPeriod)
        {
            throw new InvalidOperationException($"{Section}:Period must be between 00:00:00 and {MaxPeriod.Days}.00:00:00 (it is {Period}).");
        }

        if (CheckInterval < TimeSpan.FromMinutes(1) || CheckInterval > TimeSpan.FromDays(1))
        {
            throw new InvalidOperationException($"{Section}:CheckInterval must be between 00:01:00 and 1.00:00:00 (it is {CheckInterval}).");
        }
    }
}
