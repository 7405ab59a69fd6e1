using Mentoring.Matching;

namespace Mentoring.Benchmarks.Solvers;

/// <summary>The fixed-seed instances shared by the benchmarks and the scale run.</summary>
public static class BenchmarkGraphs
{
    public const int Seed = 20_260_101;

    /// <summary><paramref name="size"/> is "MENTEESxMENTORS".</summary>
    public static CandidateGraph TopK(string size, int k)
    {
        ArgumentNullException.ThrowIfNull(size);
        var parts = size.Split('x');
        var (mentees, mentors) = (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        return SyntheticGraphs.TopK(new SyntheticScores(mentees, mentors, Seed), SyntheticGraphs.Capacities(mentors, Seed), k);
    }
}
