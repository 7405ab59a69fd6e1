using Mentoring.Contracts.Mapping;
using static Mentoring.Domain.Tests.Fixtures;
using V1 = Mentoring.Contracts.V1;

namespace Mentoring.Domain.Tests;

/// <summary>A programme's message language: English unless set, German as the other choice, nothing else.</summary>
public sealed class ProgrammeLanguageTests
{
    [Fact]
    public void An_unset_language_means_english_and_german_is_kept()
    {
        Assert.Equal(MessageLanguages.English, ProgrammeMapper.ToDomain(new V1.Programme(), "p1").Value.Language);
        var german = ProgrammeMapper.ToDomain(new V1.Programme { Language = "de" }, "p1").Value;

        Assert.Equal(MessageLanguages.German, german.Language);
        Assert.Equal("de", ProgrammeMapper.ToProto(german, "e1", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch).Language);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("DE")]
    [InlineData("german")]
    public void Another_language_is_refused_naming_the_field(string language)
    {
        var violations = ProgrammeValidator.Validate(Programme() with { Language = language });

        Assert.Contains(violations, v => v.Field == "programme.language");
    }

    [Fact]
    public void A_change_of_language_is_a_change_of_content() =>
        Assert.False(ContentEquality.Same(Programme(), Programme() with { Language = MessageLanguages.German }));
}
