using System.Collections.Immutable;
using CsCheck;
using Mentoring.Domain;
using Mentoring.Matching.Tests.Support;

namespace Mentoring.Matching.Tests.Scoring;

public sealed class VectorKernelLayoutTests
{
    private const float Tolerance = 1e-5f;
    private static readonly string[] WideTerms = [.. Enumerable.Range(0, 150).Select(i => $"t{i:D3}")];

    [Fact]
    public void The_one_word_loop_when_it_applies_agrees_with_the_generic_loop_and_the_scalar_kernel()
    {
        Generators.Round(4, 21).Sample(round =>
        {
            var scorer = Rounds.Scorer(new ProgrammeBuilder().Build(), round.Mentees, round.Mentors);
            AssertKernelsAgree(scorer);
        });
    }

    [Fact]
    public void Layouts_with_several_words_per_category_agree_with_the_scalar_kernel()
    {
        var terms = Gen.Int[0, WideTerms.Length - 1].Array[0, 40].Select(indices => indices.Distinct().Select(i => WideTerms[i]).ToImmutableArray());
        var widen = Gen.Select(terms, terms, terms, Gen.Int[1, 5]);
        Gen.Select(Generators.Round(3, 11), widen.Array[14], widen.Array[11]).Sample((round, extraMentees, extraMentors) =>
        {
            var programme = new ProgrammeBuilder().With(p => p with { Taxonomy = [.. p.Taxonomy, .. WideTerms] }).Build();
            var mentees = round.Mentees.Select((p, i) => Widen(p, extraMentees[i])).ToArray();
            var mentors = round.Mentors.Select((p, i) => Widen(p, extraMentors[i])).ToArray();
            var scorer = Rounds.Scorer(programme, mentees, mentors);
            AssertKernelsAgree(scorer);
        });
    }

    private static Participant Widen(Participant p, (ImmutableArray<string> Skills, ImmutableArray<string> Goals, ImmutableArray<string> Interests, int Level) extra) => p with
    {
        SkillsOffered = [.. p.SkillsOffered, .. extra.Skills.Select(t => new SkillLevel(t, extra.Level))],
        SkillsWanted = [.. p.SkillsWanted, .. extra.Skills.Reverse().Take(20).Select(t => new SkillLevel(t, 6 - extra.Level))],
        Goals = [.. p.Goals, .. extra.Goals],
        Interests = [.. p.Interests, .. extra.Interests],
    };

    private static void AssertKernelsAgree(PairScorer scorer)
    {
        var scalar = new float[scorer.Mentors.Count];
        var single = new float[scorer.Mentors.Count];
        var generic = new float[scorer.Mentors.Count];
        for (var mentee = 0; mentee < scorer.Mentees.Count; mentee++)
        {
            RowKernel.ScoreIntrinsic(scorer, mentee, scalar);
            VectorRowKernel.ScoreIntrinsic(scorer, mentee, single, allowSingleWord: true);
            VectorRowKernel.ScoreIntrinsic(scorer, mentee, generic, allowSingleWord: false);
            for (var mentor = 0; mentor < scalar.Length; mentor++)
            {
                Assert.Equal(scalar[mentor], single[mentor], Tolerance);
                Assert.Equal(scalar[mentor], generic[mentor], Tolerance);
            }
        }
    }
}
