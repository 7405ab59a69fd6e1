namespace Mentoring.Grains.Lanes;

/// <summary>How many threads, at which priority, run a silo's CPU-heavy round work; bound from "Mentoring:BackgroundLane".</summary>
public sealed class BackgroundLaneOptions
{
    public const string Section = "Mentoring:BackgroundLane";

    /// <summary>Lane threads; unset means one fewer than the machine's cores (at least one), so interactive calls always keep a core.</summary>
    public int? Workers { get; set; }

    /// <summary>The lane threads' priority; below normal lets the operating system prefer the thread pool's interactive work.</summary>
    public ThreadPriority Priority { get; set; } = ThreadPriority.BelowNormal;

    /// <summary>The workers this setting gives on this machine.</summary>
    public int EffectiveWorkers => Workers ?? Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>Refuses settings that would leave the lane without a thread.</summary>
    public void Validate()
    {
        if (Workers is < 1)
        {
            throw new InvalidOperationException($"{Section}: Workers must be at least 1 (or unset for one fewer than the cores).");
        }
    }
}
