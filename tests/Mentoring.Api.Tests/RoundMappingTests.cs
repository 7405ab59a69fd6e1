using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests;

/// <summary>The pure parts of the round contract: names, request ids, result cursors, breakdown names.</summary>
public sealed class RoundMappingTests
{
    [Fact]
    public void Breakdown_components_are_named_like_the_score_weights_in_field_order()
    {
        var weightFields = ScoreWeights.Descriptor.Fields.InFieldNumberOrder().Select(f => f.Name);
        Assert.Equal(weightFields, RoundComponents.Names);
    }

    [Fact]
    public void A_breakdown_maps_each_value_to_its_component_name()
    {
        var values = RoundComponents.ToProto([0.5f, 0.25f]).ToList();
        Assert.Equal(new[] { "skills", "goals" }, values.Select(v => v.Component));
        Assert.Equal(new[] { 0.5, 0.25 }, values.Select(v => v.Value));
    }

    [Fact]
    public void Unmatched_causes_have_the_same_names_and_numbers_in_the_domain_and_the_contract()
    {
        var domain = Enum.GetValues<Domain.UnmatchedCause>();

        Assert.Equal(Enum.GetValues<UnmatchedCause>().Length, domain.Length);
        Assert.All(domain, cause => Assert.Equal(cause.ToString(), RoundMatchMapper.ToProto(cause).ToString()));
    }

    [Fact]
    public void A_round_name_round_trips()
    {
        var name = RoundNames.Round("acme", "r20260101-000000-abcdef");
        Assert.True(RoundNames.TryParse(name, out var programmeId, out var roundId));
        Assert.Equal("acme", programmeId);
        Assert.Equal("r20260101-000000-abcdef", roundId);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("-leading-dash")]
    [InlineData("retry.2026_01-01")]
    public void Request_ids_of_allowed_characters_are_valid(string requestId) => Assert.True(RoundRequestIds.IsValid(requestId));

    [Fact]
    public void A_result_cursor_round_trips_only_within_its_scope()
    {
        var token = new RoundResultCursor(3, 17).ToToken("programmes/a/rounds/r1|matches");

        Assert.True(RoundResultCursor.TryParse(token, "programmes/a/rounds/r1|matches", out var cursor));
        Assert.Equal(new RoundResultCursor(3, 17), cursor);
        Assert.False(RoundResultCursor.TryParse(token, "programmes/a/rounds/r2|matches", out _));
        Assert.False(RoundResultCursor.TryParse(token, "programmes/a/rounds/r1|unmatched", out _));
    }

    [Fact]
    public void A_page_token_for_another_listing_is_not_a_result_cursor()
    {
        var token = PageTokens.Encode("some-id", "programmes/a/rounds/r1|matches");
        Assert.False(RoundResultCursor.TryParse(token, "programmes/a/rounds/r1|matches", out _));
    }
}
