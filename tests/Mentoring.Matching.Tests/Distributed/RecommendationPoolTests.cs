using CsCheck;
using Mentoring.Domain;
using Mentoring.Matching.Distributed;
using Mentoring.Matching.Tests.Support;

namespace Mentoring.Matching.Tests.Distributed;

/// <summary>The mentor-only pool recommendations are served from must agree with a whole round's encoding, pair for pair.</summary>
public sealed class RecommendationPoolTests
{
    private static readonly Gen<SolverMode> Modes =
        Gen.OneOfConst(SolverMode.Optimal, SolverMode.StableMenteeProposing, SolverMode.StableMentorProposing, SolverMode.Peer);

    [Fact]
    public void A_pool_recommends_exactly_what_the_whole_rounds_encoding_does()
    {
        (from mode in Modes
         from scenario in Scenarios.For(mode)
         from seed in Gen.Int
         from topN in Gen.OneOfConst(0, 1, 3, 50)
         select (Request: WithMenteeOnlyValues(scenario.Request, seed), topN)).Sample(x =>
        {
            var whole = DistributedRound.Prepare(x.Request);
            var pool = RecommendationPool.Prepare(x.Request);

            Assert.Equal(whole.MenteeCount, pool.MenteeCount);
            foreach (var mentee in x.Request.Participants.Where(p => p.IsMentee))
            {
                var expected = whole.Recommend(mentee.Id, x.topN);
                var actual = pool.Recommend(mentee.Id, x.topN);

                Assert.True(pool.Contains(mentee.Id));
                Assert.Equal(expected.Select(Describe), actual.Select(Describe));
            }
        }, iter: 300);
    }

    [Fact]
    public void Requirements_only_mentees_have_are_still_unmet()
    {
        Participant[] people =
        [
            ParticipantBuilder.Mentee("e1").Wants(("Kotlin", 2)).With(p => p with { Preferences = p.Preferences with { RequiredLanguages = ["pl"] } }).Build(),
            ParticipantBuilder.Mentee("e2").Wants(("Kotlin", 2)).Build(),
            ParticipantBuilder.Mentor("r1").Offers(("Kotlin", 4)).Build(),
        ];

        var pool = RecommendationPool.Prepare(new MatchingRequest(new ProgrammeBuilder().Build(), people));

        Assert.Empty(pool.Recommend("e1", 5));
        Assert.Equal(["r1"], pool.Recommend("e2", 5).Select(r => r.MentorId));
    }

    [Fact]
    public void A_mentee_of_an_organisation_no_mentor_has_is_still_kept_from_its_competitors()
    {
        Participant[] people =
        [
            ParticipantBuilder.Mentee("e").Wants(("Kotlin", 2)).With(p => p with { Organisation = "Umbrella" }).Build(),
            ParticipantBuilder.Mentor("r1").Offers(("Kotlin", 4)).With(p => p with { Organisation = "Acme" }).Build(),
            ParticipantBuilder.Mentor("r2").Offers(("Kotlin", 4)).With(p => p with { Organisation = "Globex" }).Build(),
        ];
        var programme = new ProgrammeBuilder().With(p => p with { CompetitorPairs = [new OrganisationPair("umbrella", "ACME")] }).Build();

        var pool = RecommendationPool.Prepare(new MatchingRequest(programme, people));

        Assert.Equal(["r2"], pool.Recommend("e", 5).Select(r => r.MentorId));
    }

    [Fact]
    public void A_mentee_outside_the_pool_is_an_argument_error()
    {
        var request = new MatchingRequest(new ProgrammeBuilder().Build(), [ParticipantBuilder.Mentor("r").Build()]);
        var pool = RecommendationPool.Prepare(request);

        Assert.False(pool.Contains("r"));
        Assert.Throws<ArgumentException>(() => pool.Recommend("nobody", 3));
    }

    private static string Describe(ProposedMatch m) =>
        $"{m.MenteeId}-{m.MentorId} {m.Score:R} [{string.Join(", ", m.Breakdown.OrderBy(b => b.Key).Select(b => $"{b.Key}={b.Value:R}"))}] {string.Join(" | ", m.Reasons)}";

    /// <summary>
    /// Gives some mentees values no mentor has (languages, requirements, organisations in a competitor pair, industries,
    /// locations, terms), the cases where a mentor-only vocabulary differs from a whole round's.
    /// </summary>
    private static MatchingRequest WithMenteeOnlyValues(MatchingRequest request, int seed)
    {
        var random = new Random(seed);
        string? Maybe(string value) => random.Next(2) == 0 ? value : null;
        var participants = request.Participants.Select(p =>
        {
            if (p.Role != ParticipantRole.Mentee || random.Next(3) != 0)
            {
                return p;
            }

            var language = Maybe("pl");
            return p with
            {
                Languages = language is null ? p.Languages : random.Next(2) == 0 ? [language, .. p.Languages] : [.. p.Languages, language],
                Preferences = p.Preferences with
                {
                    RequiredLanguages = [.. p.Preferences.RequiredLanguages, .. new[] { Maybe("it"), Maybe("en") }.OfType<string>()],
                },
                Organisation = Maybe("Umbrella") ?? p.Organisation,
                Industry = Maybe("Mining") ?? p.Industry,
                Location = Maybe("Rome") ?? p.Location,
                SkillsWanted = random.Next(2) == 0 ? [.. p.SkillsWanted, new SkillLevel("Rust", 1 + random.Next(5))] : p.SkillsWanted,
                Goals = random.Next(2) == 0 ? [.. p.Goals, "Patents"] : p.Goals,
                Interests = random.Next(2) == 0 ? [.. p.Interests, "Sailing"] : p.Interests,
            };
        }).ToArray();
        var programme = request.Programme with
        {
            CompetitorPairs = [.. request.Programme.CompetitorPairs, new OrganisationPair("Umbrella", "Acme"), new OrganisationPair("Hooli", "Initech")],
        };
        return request with { Programme = programme, Participants = participants };
    }
}
