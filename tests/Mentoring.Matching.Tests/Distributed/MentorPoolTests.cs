using CsCheck;
using Mentoring.Domain;
using Mentoring.Matching.Distributed;

namespace Mentoring.Matching.Tests.Distributed;

/// <summary>
/// Recommendations merged from mentor pools (one per shard) equal those of an encoding of the whole programme:
/// the same mentors, bit-identical scores, the same breakdowns and reasons, whatever way the mentors are split.
/// </summary>
public sealed class MentorPoolTests
{
    [Theory]
    [InlineData(SolverMode.Optimal)]
    [InlineData(SolverMode.Peer)]
    public void Pools_merged_by_score_then_id_recommend_exactly_what_the_whole_programme_does(SolverMode mode)
    {
        (from scenario in Scenarios.For(mode) from pools in Gen.Int[1, 6] from topN in Gen.Int[0, 8] select (scenario, pools, topN)).Sample(x =>
        {
            var request = x.scenario.Request;
            var programme = request.Programme with { Policy = request.Programme.Policy with { Solver = mode } };
            var whole = DistributedRound.Prepare(request with { Programme = programme, Solver = null });
            var split = new Random(x.scenario.ShuffleSeed);
            var pools = request.Participants.Where(p => p.IsMentor)
                .GroupBy(_ => split.Next(x.pools))
                .Select(g => MentorPool.Build(programme, g, request.RemainingCapacity))
                .ToList();

            foreach (var mentee in request.Participants.Where(p => p.IsMentee))
            {
                var excluded = request.PreviousPairs
                    .SelectMany(p => p.MenteeId == mentee.Id ? [p.MentorId] : mode == SolverMode.Peer && p.MentorId == mentee.Id ? new[] { p.MenteeId } : [])
                    .ToList();
                var chosen = pools
                    .SelectMany(pool => pool.Best(mentee, excluded, x.topN).Select(m => (Pool: pool, Mentor: m)))
                    .OrderByDescending(c => c.Mentor.Score)
                    .ThenBy(c => c.Mentor.MentorId, StringComparer.Ordinal)
                    .Take(x.topN)
                    .ToList();
                var merged = chosen.SelectMany(c => c.Pool.Explain(mentee, excluded, [c.Mentor])).ToList();

                var expected = whole.Recommend(mentee.Id, x.topN);

                Assert.Equal(expected.Select(m => (m.MentorId, m.Score)), merged.Select(m => (m.MentorId, m.Score)));
                Assert.Equal(expected.Select(m => m.Breakdown.OrderBy(b => b.Key).ToList()), merged.Select(m => m.Breakdown.OrderBy(b => b.Key).ToList()));
                Assert.Equal(expected.Select(m => m.Reasons), merged.Select(m => m.Reasons));
            }
        }, iter: 60);
    }

    [Fact]
    public void A_required_language_no_mentor_of_the_pool_speaks_still_excludes_every_mentor()
    {
        var programme = new Support.ProgrammeBuilder().Build();
        var mentor = Support.ParticipantBuilder.Mentor("r1").Build();
        var mentee = Support.ParticipantBuilder.Mentee("e1").Build();
        var pool = MentorPool.Build(programme, [mentor], null);
        Assert.Single(pool.Best(mentee, [], 5));

        var demanding = mentee with { Preferences = mentee.Preferences with { RequiredLanguages = ["tlh"] } };

        Assert.Empty(pool.Best(demanding, [], 5));
    }
}
