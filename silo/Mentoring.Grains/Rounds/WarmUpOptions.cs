namespace Mentoring.Grains.Rounds;

/// <summary>The matching engine's warm-up before a silo joins the cluster, bound from "Mentoring:WarmUp".</summary>
public sealed class WarmUpOptions
{
    public const string Section = "Mentoring:WarmUp";

    /// <summary>
    /// Run the warm-up round at start. Off by default: measured on a two-silo cluster, it did not shorten the first 50,000 x
    /// 10,000 round (docs/PERFORMANCE.md), while it adds one to two seconds to every silo's start.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>Mentees of the generated warm-up round (a tenth as many peers come on top).</summary>
    public int Mentees { get; set; } = 1000;

    /// <summary>Mentors of the generated warm-up round.</summary>
    public int Mentors { get; set; } = 200;

    /// <summary>Times the warm-up round runs; later runs let the runtime recompile the hottest code optimised.</summary>
    public int Iterations { get; set; } = 3;

    /// <summary>Refuses settings that would only fail at start.</summary>
    public void Validate()
    {
        if (Mentees < 1 || Mentors < 1 || Iterations < 1)
        {
            throw new InvalidOperationException($"{Section}: Mentees, Mentors and Iterations must all be at least 1.");
        }
    }
}
