using CsCheck;
using Mentoring.Domain;
using Mentoring.Matching.Tests.Support;

namespace Mentoring.Matching.Tests.Scoring;

public sealed class ExclusionCounterTests
{
    private static readonly Gen<Programme> Programmes =
        Gen.Select(Gen.Int[0, 2], Gen.OneOfConst(0.0, 0.3, 0.55), Gen.Int[0, 12], Gen.Int[0, 3], Gen.Bool, (mode, minimum, zone, overlap, competitors) =>
            new ProgrammeBuilder()
                .Policy(p => p with { MinimumScore = minimum, MaxTimeZoneDistanceHours = zone, MinimumOverlapHours = overlap })
                .With(p => p with
                {
                    OrganisationMode = (OrganisationMode)mode,
                    CompetitorPairs = competitors ? [new OrganisationPair("Acme", "Globex")] : [],
                })
                .Build());

    private static readonly Gen<(Programme Programme, Participant[] Mentees, Participant[] Mentors, uint Mask)> Cases =
        Gen.Select(Programmes, Generators.Round(5, 19), Gen.UInt, Gen.Bool, (programme, round, mask, requireOutside) =>
        {
            // Some mentors are full, some people block or report to each other, some require another organisation.
            var mentors = round.Mentors.Select((m, i) => m with
            {
                Capacity = (mask >> i & 1) == 0 ? 2 : 0,
                Blocked = i % 4 == 1 ? ["e000"] : [],
                Preferences = m.Preferences with { RequireOutsideOrganisation = requireOutside && i % 3 == 0 },
            }).ToArray();
            var mentees = round.Mentees.Select((e, i) => e with { ReportingLine = i % 2 == 0 ? ["r002"] : [] }).ToArray();
            return (programme, mentees, mentors, mask);
        });

    [Fact]
    public void The_rule_counts_equal_the_pair_scorer_rules_on_every_mentor()
    {
        Cases.Sample(c =>
        {
            var scorer = Rounds.Scorer(c.Programme, c.Mentees, c.Mentors, new PreviousPair("e001", "r003"));
            for (var mentee = 0; mentee < scorer.Mentees.Count; mentee++)
            {
                var expected = new int[ExclusionCounter.RuleCount];
                for (var mentor = 0; mentor < scorer.Mentors.Count; mentor++)
                {
                    expected[(int)scorer.Evaluate(mentee, mentor, out _)]++;
                }

                var vector = new int[ExclusionCounter.RuleCount];
                var scalar = new int[ExclusionCounter.RuleCount];
                ExclusionCounter.Count(scorer, mentee, vector);
                ExclusionCounter.Count(scorer, mentee, scalar, allowVector: false);
                Assert.Equal(expected, vector);
                Assert.Equal(expected, scalar);
            }
        });
    }

    [Fact]
    public void The_scored_row_excludes_exactly_the_pairs_the_pair_scorer_excludes_before_the_minimum_score()
    {
        Cases.Sample(c =>
        {
            var scorer = Rounds.Scorer(c.Programme, c.Mentees, c.Mentors, new PreviousPair("e001", "r003"));
            var row = new float[scorer.Mentors.Count];
            for (var mentee = 0; mentee < scorer.Mentees.Count; mentee++)
            {
                RowKernel.ScoreRow(scorer, mentee, row);
                for (var mentor = 0; mentor < row.Length; mentor++)
                {
                    var rule = scorer.Evaluate(mentee, mentor, out var total);
                    if (rule is ExclusionRule.None or ExclusionRule.BelowMinimumScore)
                    {
                        Assert.Equal(total, row[mentor], 1e-5f);
                    }
                    else
                    {
                        Assert.Equal(RowKernel.Excluded, row[mentor]);
                    }
                }
            }
        });
    }
}
