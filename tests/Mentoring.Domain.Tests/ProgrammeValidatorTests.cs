using Mentoring.Domain;
using static Mentoring.Domain.Tests.Fixtures;

namespace Mentoring.Domain.Tests;

public sealed class ProgrammeValidatorTests
{
    private static IReadOnlyList<string> Validate(Programme programme) => Fields(ProgrammeValidator.Validate(programme));

    [Fact]
    public void Valid_programme_with_default_policy_has_no_violations()
    {
        Assert.Empty(Validate(Programme()));
    }

    [Theory]
    [InlineData("1970-01-01T00:00:00Z")]
    [InlineData("1999-12-31T23:59:59Z")]
    [InlineData("3000-01-01T00:00:00Z")]
    public void End_time_outside_2000_to_2999(string endTime)
    {
        Assert.Equal(["programme.end_time"], Validate(Programme() with { EndTime = DateTimeOffset.Parse(endTime, System.Globalization.CultureInfo.InvariantCulture) }));
    }

    [Theory]
    [InlineData("2000-01-01T00:00:00Z")]
    [InlineData("2020-03-01T12:00:00Z")]
    [InlineData("2999-12-31T23:59:59Z")]
    public void End_time_in_the_past_or_future_within_range_is_valid(string endTime)
    {
        Assert.Empty(Validate(Programme() with { EndTime = DateTimeOffset.Parse(endTime, System.Globalization.CultureInfo.InvariantCulture) }));
    }

    [Fact]
    public void Invalid_id()
    {
        Assert.Equal(["programme.id"], Validate(Programme() with { Id = "-starts-with-dash" }));
    }

    [Fact]
    public void Duplicate_and_blank_taxonomy_terms()
    {
        Assert.Equal(["programme.taxonomy[1]", "programme.taxonomy[2]"], Validate(Programme() with { Taxonomy = ["a", " ", "a"] }));
    }

    [Fact]
    public void Blank_competitor_pair()
    {
        Assert.Equal(["programme.competitor_pairs[0]"], Validate(Programme() with { CompetitorPairs = [new OrganisationPair("Acme", "")] }));
    }

    [Fact]
    public void All_weights_zero()
    {
        var zero = new ScoreWeights
        {
            Skills = 0, Goals = 0, Interests = 0, Availability = 0, Language = 0, Seniority = 0,
            TimeZone = 0, Format = 0, Organisation = 0, Industry = 0, Rank = 0, PriorEngagement = 0,
        };
        Assert.Equal(["programme.policy.weights"], Validate(Programme() with { Policy = new MatchingPolicy { Weights = zero } }));
    }

    [Fact]
    public void Negative_weight()
    {
        var policy = new MatchingPolicy { Weights = new ScoreWeights { TimeZone = -1 } };
        Assert.Equal(["programme.policy.weights.time_zone"], Validate(Programme() with { Policy = policy }));
    }

    [Fact]
    public void Seniority_window_upside_down()
    {
        var policy = new MatchingPolicy { SeniorityGapMin = 10, SeniorityGapMax = 5 };
        Assert.Equal(["programme.policy.seniority_gap_max"], Validate(Programme() with { Policy = policy }));
    }

    [Fact]
    public void Top_k_and_minimum_score_out_of_range()
    {
        var policy = new MatchingPolicy { TopK = 0, MinimumScore = 1.5 };
        Assert.Equal(["programme.policy.minimum_score", "programme.policy.top_k"], Validate(Programme() with { Policy = policy }));
    }

    [Fact]
    public void Undefined_solver()
    {
        Assert.Equal(["programme.policy.solver"], Validate(Programme() with { Policy = new MatchingPolicy { Solver = 0 } }));
    }
}
