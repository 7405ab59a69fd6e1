using Mentoring.Domain;
using static Mentoring.Domain.Tests.Fixtures;

namespace Mentoring.Domain.Tests;

/// <summary>Language codes are BCP 47 tags by structure; language names and lists are not.</summary>
public sealed class LanguageTagsTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("EN")]
    [InlineData("pt-br")]
    [InlineData("pt-BR")]
    [InlineData("zh-hans")]
    [InlineData("zh-Hant-TW")]
    [InlineData("sr-latn-rs")]
    [InlineData("es-419")]
    [InlineData("gsw")]
    [InlineData("zh-yue")]
    [InlineData("de-ch-1996")]
    [InlineData("sl-rozaj-biske")]
    [InlineData("en-us-u-ca-gregory")]
    [InlineData("de-x-berlin")]
    [InlineData("x-klingon")]
    public void Well_formed_tags_are_accepted(string tag) => Assert.True(LanguageTags.IsWellFormed(tag), tag);

    [Theory]
    [InlineData("English")]
    [InlineData("German")]
    [InlineData("English;German")]
    [InlineData("en,de")]
    [InlineData("en de")]
    [InlineData("e")]
    [InlineData("engl")]
    [InlineData("")]
    [InlineData("en-")]
    [InlineData("-en")]
    [InlineData("en--us")]
    [InlineData("en-u")]
    [InlineData("en-x")]
    [InlineData("x")]
    [InlineData("12")]
    [InlineData("en-toolongsubtag")]
    [InlineData("english!")]
    [InlineData("fr-b")]
    public void Names_lists_and_malformed_tags_are_refused(string tag) => Assert.False(LanguageTags.IsWellFormed(tag), tag);

    [Fact]
    public void A_language_name_is_a_violation_of_its_item_with_a_hint()
    {
        var violations = ParticipantValidator.Validate(Mentor() with { Languages = ["en", "English"] }, Programme());

        var violation = Assert.Single(violations);
        Assert.Equal("participant.languages[1]", violation.Field);
        Assert.Contains(LanguageTags.Hint, violation.Description, StringComparison.Ordinal);
    }
}
