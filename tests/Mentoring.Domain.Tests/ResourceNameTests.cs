using Mentoring.Contracts.Mapping;

namespace Mentoring.Domain.Tests;

public sealed class ResourceNameTests
{
    [Fact]
    public void Programme_names_round_trip()
    {
        Assert.True(ResourceNames.TryParseProgramme(ResourceNames.Programme("acme.2025"), out var id));
        Assert.Equal("acme.2025", id);
    }

    [Fact]
    public void Participant_names_round_trip()
    {
        Assert.True(ResourceNames.TryParseParticipant(ResourceNames.Participant("acme", "ada_1"), out var programme, out var participant));
        Assert.Equal(("acme", "ada_1"), (programme, participant));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("programmes")]
    [InlineData("programmes/")]
    [InlineData("programmes/a/b")]
    [InlineData("Programmes/a")]
    [InlineData("programmes/-a")]
    [InlineData("/programmes/a")]
    public void Bad_programme_names_are_refused(string? name)
    {
        Assert.False(ResourceNames.TryParseProgramme(name, out _));
    }

    [Theory]
    [InlineData("programmes/a")]
    [InlineData("programmes/a/participants")]
    [InlineData("programmes/a/participants/b/c")]
    [InlineData("programmes/a/participant/b")]
    [InlineData("programmes//participants/b")]
    public void Bad_participant_names_are_refused(string name)
    {
        Assert.False(ResourceNames.TryParseParticipant(name, out _, out _));
    }
}
