using CsCheck;
using Mentoring.Domain;
using Mentoring.Matching.Tests.Support;

namespace Mentoring.Matching.Tests.Scoring;

public sealed class TiledScoringTests
{
    private static readonly Gen<PairScorer> LongRows =
        Gen.Select(Gen.Int[1037, 1300], Gen.Int[3, 40]).SelectMany((mentors, mentees) => Gen.Select(
            Generators.Participant(ParticipantRole.Mentee, "e").Array[mentees],
            Generators.Participant(ParticipantRole.Mentor, "r").Array[mentors],
            (a, b) => Rounds.Scorer(
                new ProgrammeBuilder().Build(),
                a.Select((p, i) => p with { Id = $"e{i:D4}", Blocked = i % 3 == 0 ? [$"r{i:D4}"] : [] }).ToArray(),
                b.Select((p, i) => p with { Id = $"r{i:D4}", Capacity = i % 7 == 0 ? 0 : 2 }).ToArray())));

    [Fact]
    public void Scoring_rows_tile_by_tile_equals_scoring_each_row()
    {
        LongRows.Sample(
            scorer =>
            {
                var n = scorer.Mentors.Count;
                var rows = new float[scorer.Mentees.Count * n];
                var single = new float[n];
                RowKernel.ScoreRows(scorer, 0, scorer.Mentees.Count, rows);
                for (var mentee = 0; mentee < scorer.Mentees.Count; mentee++)
                {
                    RowKernel.ScoreRow(scorer, mentee, single);
                    Assert.Equal(single, rows.AsSpan(mentee * n, n).ToArray());
                }
            },
            iter: 10);
    }

    [Fact]
    public void The_candidate_graph_keeps_the_best_scores_of_each_long_row_ties_by_lower_mentor()
    {
        LongRows.Sample(
            scorer =>
            {
                const int k = 16;
                var graph = CandidateGraphBuilder.Build(scorer, k);
                var (menteeSide, _) = CandidateGraphBuilder.BuildSides(scorer, k, includeRanks: false, CancellationToken.None);
                var row = new float[scorer.Mentors.Count];
                for (var mentee = 0; mentee < scorer.Mentees.Count; mentee++)
                {
                    RowKernel.ScoreRow(scorer, mentee, row);
                    var expected = row.Select((score, mentor) => (Score: score, Mentor: mentor))
                        .Where(x => x.Score > 0f)
                        .OrderByDescending(x => x.Score).ThenBy(x => x.Mentor)
                        .Take(k).Select(x => x.Mentor).Order().ToArray();
                    Assert.Equal(expected, menteeSide.MentorsOf(mentee).ToArray());
                }

                // The graph itself is that mentee side unioned with every mentor's top K.
                Support.UnionDefinition.AssertGraph(graph, scorer, k);
            },
            iter: 10);
    }
}
