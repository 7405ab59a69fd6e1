using CsCheck;
using Mentoring.Domain;

namespace Mentoring.Matching.Tests.Distributed;

public sealed class DistributedEquivalenceTests
{
    [Theory]
    [InlineData(SolverMode.Optimal)]
    [InlineData(SolverMode.StableMenteeProposing)]
    [InlineData(SolverMode.StableMentorProposing)]
    [InlineData(SolverMode.Peer)]
    public void Scoring_in_slices_and_completing_gives_exactly_the_in_process_result(SolverMode mode)
    {
        Scenarios.For(mode).Sample(scenario =>
        {
            var expected = new MatchingEngine().Run(scenario.Request);

            var actual = Coordinator.Run(scenario);

            ResultAssert.Same(expected, actual);
        }, iter: 60);
    }

    [Fact]
    public void A_round_larger_than_the_kernel_block_gives_the_in_process_result()
    {
        Scenarios.For(SolverMode.Optimal, maxMentees: 90, maxMentors: 70).Sample(
            scenario => ResultAssert.Same(new MatchingEngine().Run(scenario.Request), Coordinator.Run(scenario)),
            iter: 8);
    }
}
