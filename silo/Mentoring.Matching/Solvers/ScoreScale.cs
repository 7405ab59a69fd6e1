namespace Mentoring.Matching.Solvers;

/// <summary>
/// Integer arithmetic for the exact solvers: a score in (0, 1] becomes a whole number of micro-points
/// (score x 1,000,000, rounded half away from zero). Float scores carry about 7 significant digits, so
/// nothing meaningful is lost, and integer costs keep min cost flow and the blossom duals exact.
/// </summary>
public static class ScoreScale
{
    public const long UnitsPerPoint = 1_000_000;

    public static long ToUnits(double score) =>
        (long)Math.Round(score * UnitsPerPoint, MidpointRounding.AwayFromZero);
}
