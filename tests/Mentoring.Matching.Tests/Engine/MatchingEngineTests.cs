using CsCheck;
using Mentoring.Domain;
using Mentoring.Matching.Tests.Support;

namespace Mentoring.Matching.Tests.Engine;

public sealed class MatchingEngineTests
{
    private static readonly MatchingEngine Engine = new(_ => new GreedySolver());

    [Fact]
    public void An_empty_programme_yields_an_empty_result()
    {
        var result = Engine.Run(new MatchingRequest(new ProgrammeBuilder().Build(), []));

        Assert.Empty(result.Matches);
        Assert.Empty(result.Unmatched);
        Assert.Equal(0, result.Summary.MatchRate);
        Assert.Equal(0, result.Summary.P50);
    }

    [Fact]
    public void A_single_mentee_without_mentors_is_unmatched_with_a_reason()
    {
        var result = Engine.Run(new MatchingRequest(new ProgrammeBuilder().Build(), [ParticipantBuilder.Mentee("e").Build()]));

        var unmatched = Assert.Single(result.Unmatched);
        Assert.Equal("e", unmatched.MenteeId);
        Assert.StartsWith("no feasible mentor", unmatched.Reason, StringComparison.Ordinal);
        Assert.Equal(UnmatchedCause.NoMentors, unmatched.Cause);
    }

    [Fact]
    public void A_single_mentor_without_mentees_yields_no_matches()
    {
        var result = Engine.Run(new MatchingRequest(new ProgrammeBuilder().Build(), [ParticipantBuilder.Mentor("r").Build()]));

        Assert.Empty(result.Matches);
        Assert.Empty(result.Unmatched);
        Assert.Equal(new Dictionary<int, int> { [0] = 1 }, result.Summary.MentorLoadHistogram);
    }

    [Fact]
    public void Mentors_with_zero_capacity_take_no_mentees()
    {
        Participant[] people = [ParticipantBuilder.Mentee("e").Build(), ParticipantBuilder.Mentor("r1").Capacity(0).Build(), ParticipantBuilder.Mentor("r2").Build()];
        var request = new MatchingRequest(new ProgrammeBuilder().Build(), people) { RemainingCapacity = new Dictionary<string, int> { ["r2"] = 0 } };

        var result = Engine.Run(request);

        var unmatched = Assert.Single(result.Unmatched);
        Assert.Equal(ExclusionRule.NoCapacity, unmatched.MainRule);
        Assert.Equal("no feasible mentor: mentor has no capacity left", unmatched.Reason);
        Assert.Equal(UnmatchedCause.NoCapacity, unmatched.Cause);
    }

    [Fact]
    public void When_everyone_is_infeasible_the_reason_names_the_rule_that_removed_most_mentors()
    {
        Participant[] people =
        [
            ParticipantBuilder.Mentee("e").Languages("de").Build(),
            ParticipantBuilder.Mentor("r1").Languages("fr").Build(),
            ParticipantBuilder.Mentor("r2").Languages("fr").Build(),
            ParticipantBuilder.Mentor("r3").Languages("de").Available(2, 9, DayOfWeek.Sunday).Build(),
        ];

        var result = Engine.Run(new MatchingRequest(new ProgrammeBuilder().Build(), people));

        Assert.Empty(result.Matches);
        var unmatched = Assert.Single(result.Unmatched);
        Assert.Equal(ExclusionRule.NoSharedLanguage, unmatched.MainRule);
        Assert.Equal("no feasible mentor: no shared language", unmatched.Reason);
        Assert.Equal(UnmatchedCause.NoSharedLanguage, unmatched.Cause);
    }

    [Fact]
    public void Identical_profiles_are_matched_by_id_and_the_rest_are_told_mentors_were_full()
    {
        var people = Enumerable.Range(0, 5).Select(i => ParticipantBuilder.Mentee($"e{i}").Wants(("Kotlin", 2)).Build())
            .Concat(Enumerable.Range(0, 3).Select(i => ParticipantBuilder.Mentor($"r{i}").Offers(("Kotlin", 3)).Build()))
            .ToArray();

        var result = Engine.Run(new MatchingRequest(new ProgrammeBuilder().Build(), people));

        Assert.Equal([("e0", "r0"), ("e1", "r1"), ("e2", "r2")], result.Matches.Select(m => (m.MenteeId, m.MentorId)));
        Assert.All(result.Unmatched, u => Assert.Equal("all feasible mentors were full", u.Reason));
        Assert.All(result.Unmatched, u => Assert.Equal(UnmatchedCause.MentorsFull, u.Cause));
        Assert.Equal(0.6, result.Summary.MatchRate, 6);
        Assert.Equal(result.Summary.P10, result.Summary.P90);
        Assert.Equal(new Dictionary<int, int> { [1] = 3 }, result.Summary.MentorLoadHistogram);
    }

    [Fact]
    public void The_same_request_gives_the_same_result()
    {
        Generators.Round(12, 8).Sample(round =>
        {
            var people = round.Mentees.Concat(round.Mentors).ToArray();
            var shuffled = people.Reverse().ToArray();
            var first = Engine.Run(new MatchingRequest(new ProgrammeBuilder().Build(), people) { IncludeFeasiblePairs = true });
            var second = Engine.Run(new MatchingRequest(new ProgrammeBuilder().Build(), shuffled) { IncludeFeasiblePairs = true });

            Assert.Equal(first.Matches.Select(m => (m.MenteeId, m.MentorId, m.Score, string.Join("|", m.Reasons))), second.Matches.Select(m => (m.MenteeId, m.MentorId, m.Score, string.Join("|", m.Reasons))));
            Assert.Equal(first.Unmatched, second.Unmatched);
            Assert.Equal(first.FeasiblePairs, second.FeasiblePairs);
        }, iter: 30);
    }

    [Fact]
    public void Matches_carry_a_breakdown_and_reasons()
    {
        Participant[] people = [ParticipantBuilder.Mentee("e").Wants(("Kotlin", 2)).Build(), ParticipantBuilder.Mentor("r").Offers(("Kotlin", 2)).Build()];

        var match = Assert.Single(Engine.Run(new MatchingRequest(new ProgrammeBuilder().Build(), people)).Matches);

        Assert.Equal(1.0, match.Breakdown[ScoreComponent.Skills]);
        Assert.Contains("offers 1 of 1 wanted skills: Kotlin", match.Reasons);
        Assert.InRange(match.Score, 0.01, 1);
    }

    [Fact]
    public void Stable_rounds_with_ranked_choices_pass_the_ranks_to_the_solver()
    {
        CandidateGraph? seen = null;
        var engine = new MatchingEngine(_ => new CapturingSolver(g => seen = g));
        Participant[] people =
        [
            ParticipantBuilder.Mentee("e").Ranks("r2", "r1").Build(),
            ParticipantBuilder.Mentor("r1").Ranks("e").Build(),
            ParticipantBuilder.Mentor("r2").Build(),
        ];
        var programme = new ProgrammeBuilder().Policy(p => p with { Solver = SolverMode.StableMenteeProposing, StablePreferences = PreferenceSource.RankedChoices }).Build();

        engine.Run(new MatchingRequest(programme, people));

        Assert.NotNull(seen);
        Assert.Equal([1, 0], seen.MenteeRanks.ToArray());
        Assert.Equal([0, CandidateGraph.Unranked], seen.MentorRanks.ToArray());
    }

    [Fact]
    public void The_default_solvers_match_a_small_round()
    {
        var people = Enumerable.Range(0, 4).Select(i => ParticipantBuilder.Mentee($"e{i}").Build())
            .Concat([ParticipantBuilder.Mentor("r0").Capacity(2).Build(), ParticipantBuilder.Mentor("r1").Capacity(2).Build()])
            .ToArray();

        var result = new MatchingEngine().Run(new MatchingRequest(new ProgrammeBuilder().Build(), people));

        Assert.Equal(4, result.Summary.MatchedCount);
        Assert.Equal(new Dictionary<int, int> { [2] = 2 }, result.Summary.MentorLoadHistogram);
    }

    [Fact]
    public void Peer_rounds_pair_each_person_at_most_once()
    {
        var people = Enumerable.Range(0, 5).Select(i => ParticipantBuilder.Peer($"p{i}").Build()).ToArray();
        var programme = new ProgrammeBuilder().Policy(p => p with { Solver = SolverMode.Peer }).Build();

        var result = new MatchingEngine().Run(new MatchingRequest(programme, people));

        Assert.Equal(2, result.Matches.Count);
        var paired = result.Matches.SelectMany(m => new[] { m.MenteeId, m.MentorId }).ToList();
        Assert.Equal(paired.Count, paired.Distinct().Count());
        Assert.Single(result.Unmatched);
    }

    private sealed class CapturingSolver(Action<CandidateGraph> capture) : IAssignmentSolver
    {
        public Assignment Solve(CandidateGraph graph, MatchingPolicy policy, CancellationToken ct)
        {
            capture(graph);
            return new GreedySolver().Solve(graph, policy, ct);
        }
    }
}
