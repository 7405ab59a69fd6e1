using Mentoring.Synthetic;

namespace Mentoring.Benchmarks.Scoring;

/// <summary>The load tests' programme generator without peers, so that a round is exactly mentees x mentors pairs.</summary>
public static class BenchmarkProgrammes
{
    public static SyntheticProgramme Generate(int mentees, int mentors, int seed) =>
        ProgrammeGenerator.Generate(new ProgrammeShape(mentees, mentors) { PeerShare = 0 }, seed);
}
