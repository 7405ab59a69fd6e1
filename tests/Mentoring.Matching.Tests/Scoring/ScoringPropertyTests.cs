using CsCheck;
using Mentoring.Domain;
using Mentoring.Matching.Tests.Support;

namespace Mentoring.Matching.Tests.Scoring;

public sealed class ScoringPropertyTests
{
    private const float Tolerance = 1e-5f;

    [Fact]
    public void Every_component_and_the_total_lie_between_0_and_1()
    {
        Generators.Pair.Sample(pair =>
        {
            var raw = default(ComponentScores);
            Rounds.Scorer(pair.Mentee, pair.Mentor).Evaluate(0, 0, ref raw, out var total);
            for (var c = 0; c < ComponentScores.Count; c++)
            {
                Assert.InRange(raw[c], 0f, 1f);
            }

            Assert.InRange(total, 0f, 1f + Tolerance);
        });
    }

    [Fact]
    public void Adding_a_shared_skill_never_lowers_the_score()
    {
        Generators.Pair.Select(Gen.Int[0, Generators.Terms.Length - 1], Gen.Int[1, 5], Gen.Int[0, 4]).Sample((pair, termIndex, wantedLevel, extra) =>
        {
            var (mentee, mentor) = pair;
            var term = Generators.Terms[termIndex];
            if (mentee.SkillsWanted.Any(s => s.Term == term))
            {
                return;
            }

            var offeredLevel = Math.Min(SkillLevel.MaxLevel, Math.Max(wantedLevel + extra, mentor.SkillsOffered.FirstOrDefault(s => s.Term == term)?.Level ?? 0));
            var richerMentee = mentee with { SkillsWanted = mentee.SkillsWanted.Add(new SkillLevel(term, wantedLevel)) };
            var richerMentor = mentor with { SkillsOffered = [.. mentor.SkillsOffered.Where(s => s.Term != term), new SkillLevel(term, offeredLevel)] };

            var before = Rounds.Evaluate(mentee, mentor).Total;
            var after = Rounds.Evaluate(richerMentee, richerMentor).Total;
            Assert.True(after >= before - Tolerance, $"before {before}, after {after}");
        });
    }

    [Fact]
    public void Little_availability_never_beats_target_availability()
    {
        Gen.Int[1, 3].Sample(hours =>
        {
            var programme = new ProgrammeBuilder().Policy(p => p with { TargetOverlapHours = 4, MinimumOverlapHours = 1 }).Build();
            var mentor = ParticipantBuilder.Mentor("r").Available(8).Build();
            var little = Rounds.Evaluate(ParticipantBuilder.Mentee("e").Available(hours).Build(), mentor, programme).Total;
            var target = Rounds.Evaluate(ParticipantBuilder.Mentee("e").Available(4).Build(), mentor, programme).Total;
            var plenty = Rounds.Evaluate(ParticipantBuilder.Mentee("e").Available(8).Build(), mentor, programme).Total;
            Assert.True(little < target, $"{hours} h scored {little}, target scored {target}");
            Assert.Equal(target, plenty, Tolerance);
        });
    }

    [Fact]
    public void The_row_kernel_agrees_with_the_pair_scorer()
    {
        Generators.Round(6, 9).Sample(round =>
        {
            var scorer = Rounds.Scorer(new ProgrammeBuilder().Build(), round.Mentees, round.Mentors);
            var row = new float[scorer.Mentors.Count];
            for (var mentee = 0; mentee < scorer.Mentees.Count; mentee++)
            {
                RowKernel.ScoreRow(scorer, mentee, row);
                for (var mentor = 0; mentor < row.Length; mentor++)
                {
                    var rule = scorer.Evaluate(mentee, mentor, out var total);
                    if (rule is ExclusionRule.None or ExclusionRule.BelowMinimumScore)
                    {
                        Assert.Equal(total, row[mentor], Tolerance);
                    }
                    else
                    {
                        Assert.Equal(RowKernel.Excluded, row[mentor]);
                    }
                }
            }
        });
    }

    [Fact]
    public void The_scalar_and_vector_kernels_agree()
    {
        Generators.Round(4, 21).Sample(round =>
        {
            var scorer = Rounds.Scorer(new ProgrammeBuilder().Build(), round.Mentees, round.Mentors);
            var scalar = new float[scorer.Mentors.Count];
            var vector = new float[scorer.Mentors.Count];
            for (var mentee = 0; mentee < scorer.Mentees.Count; mentee++)
            {
                RowKernel.ScoreIntrinsic(scorer, mentee, scalar);
                VectorRowKernel.ScoreIntrinsic(scorer, mentee, vector);
                for (var mentor = 0; mentor < scalar.Length; mentor++)
                {
                    Assert.Equal(scalar[mentor], vector[mentor], Tolerance);
                }
            }
        });
    }
}
