namespace Mentoring.WebConsole.Rounds;

/// <summary>The hard rules of a programme's policy that a dry run can loosen.</summary>
public enum RelaxableRule
{
    TimeZoneDistance,
    MinimumOverlap,
    MinimumScore,
}
