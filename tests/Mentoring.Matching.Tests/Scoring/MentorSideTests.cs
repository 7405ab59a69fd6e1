using CsCheck;
using Mentoring.Domain;
using Mentoring.Matching.Solvers;
using Mentoring.Matching.Tests.Support;

namespace Mentoring.Matching.Tests.Scoring;

public sealed class MentorSideTests
{
    [Fact]
    public void The_graph_is_every_mentees_top_k_unioned_with_every_mentors_top_k()
    {
        Gen.Select(Generators.Round(40, 12), Gen.Int[1, 6]).Sample(sample =>
        {
            var (people, k) = sample;
            var scorer = Rounds.Scorer(new ProgrammeBuilder().Build(), people.Mentees, people.Mentors);

            var graph = CandidateGraphBuilder.Build(scorer, k);

            UnionDefinition.AssertGraph(graph, scorer, k);
        }, iter: 60);
    }

    [Fact]
    public void Many_mentee_blocks_scored_in_parallel_still_give_exactly_the_union()
    {
        // Over 32 mentees per block, so several workers each keep mentor-side candidates that must merge exactly.
        Gen.Select(Generators.Round(200, 10), Gen.Int[1, 4]).Sample(sample =>
        {
            var (people, k) = sample;
            var scorer = Rounds.Scorer(new ProgrammeBuilder().Build(), people.Mentees, people.Mentors);

            var graph = CandidateGraphBuilder.Build(scorer, k);

            UnionDefinition.AssertGraph(graph, scorer, k);
        }, iter: 12);
    }

    [Fact]
    public void Mentor_side_selection_does_not_depend_on_which_worker_saw_which_rows_or_in_what_order()
    {
        // Few distinct scores, so ties across workers are common and only the index tie-break decides.
        var matrix = Gen.Int[-1, 3].Select(v => v < 0 ? RowKernel.Excluded : 0.25f + (v / 4f)).Array[7].Array[1, 40];
        Gen.Select(matrix, Gen.Int[1, 5], Gen.Int[1, 3], Gen.Int).Sample(sample =>
        {
            var (rows, k, workers, seed) = sample;
            var selectors = Enumerable.Range(0, workers).Select(_ => new MentorSideSelector(7, k, float.Epsilon)).ToArray();
            var order = Enumerable.Range(0, rows.Length).ToArray();
            var random = new Random(seed);
            random.Shuffle(order);
            foreach (var mentee in order)
            {
                selectors[random.Next(workers)].Offer(rows[mentee], mentee);
            }

            var best = MentorCandidates.Best(7, k, [.. selectors.Select(s => (0, s.ToCandidates()))], withRanks: false);

            var expected = UnionDefinition.MentorSide(rows, 7, float.Epsilon, k);
            var actual = new HashSet<(int, int)>();
            for (var mentor = 0; mentor < 7; mentor++)
            {
                var mentees = best.Mentees.AsSpan(best.Offsets[mentor], best.Offsets[mentor + 1] - best.Offsets[mentor]).ToArray();
                Assert.Equal(mentees.Order(), mentees);
                foreach (var mentee in mentees)
                {
                    actual.Add((mentee, mentor));
                }
            }

            Assert.Equal(expected.Order(), actual.Order());
        }, iter: 200);
    }

    [Fact]
    public void On_contended_rounds_the_union_never_lowers_the_optimal_total()
    {
        var rounds = Gen.Select(Generators.Round(40, 4), Gen.Int[1, 2].Array[4], Gen.Int[1, 4]);
        rounds.Sample(sample =>
        {
            var (people, capacities, k) = sample;
            var mentors = people.Mentors.Select((m, i) => m with { Capacity = capacities[i] }).ToArray();
            var programme = new ProgrammeBuilder().Policy(p => p with { TopK = k, MaximiseMatchCount = false, FairLoad = false }).Build();
            var scorer = Rounds.Scorer(programme, people.Mentees, mentors);
            var policy = programme.Policy with { Solver = SolverMode.Optimal };

            var union = CandidateGraphBuilder.Build(scorer, k);
            var menteeOnly = CandidateGraphBuilder.BuildSides(scorer, k, includeRanks: false, CancellationToken.None).MenteeSide;
            var withUnion = new OptimalSolver().Solve(union, policy, CancellationToken.None).TotalScore(union);
            var withMenteeOnly = new OptimalSolver().Solve(menteeOnly, policy, CancellationToken.None).TotalScore(menteeOnly);

            // The solver optimises scores rounded to micro-points, so equal optima may differ by that rounding.
            Assert.True(withUnion >= withMenteeOnly - (1e-6 * people.Mentees.Length), $"{withUnion} < {withMenteeOnly}");
        }, iter: 100);
    }
}
