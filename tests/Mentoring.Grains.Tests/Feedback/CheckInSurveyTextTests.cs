using Mentoring.Domain;
using Mentoring.Grains.Feedback;
using Mentoring.Grains.Tests.Support;

namespace Mentoring.Grains.Tests.Feedback;

/// <summary>The survey message names the partner and says so for erasure, and speaks of "the partner" once that person is erased.</summary>
public sealed class CheckInSurveyTextTests
{
    private static readonly Uri Link = new("http://127.0.0.1:5082/p/token");
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_survey_names_the_partner_and_mentions_them()
    {
        var message = Write(MessageLanguages.English, ParticipantBuilder.In("p-1").WithId("ada").Named("Ada Lovelace").Build());

        Assert.Equal("How is your mentoring with Ada Lovelace going?", message.Subject);
        Assert.Equal(["ada"], message.Mentions.AsEnumerable());
        Assert.True(message.Concerns("ada"));
    }

    [Theory]
    [InlineData(MessageLanguages.English, "How is your mentoring with your mentoring partner going?")]
    [InlineData(MessageLanguages.German, "Wie läuft Ihr Mentoring mit Ihrem Mentoring-Partner?")]
    public void A_survey_whose_partner_was_erased_speaks_of_the_partner_and_mentions_nobody(string language, string subject)
    {
        var message = Write(language, other: null);

        Assert.Equal(subject, message.Subject);
        Assert.Empty(message.Mentions);
    }

    private static Abstractions.Mail.MailMessage Write(string language, Participant? other) => CheckInSurvey.Write(
        ProgrammeBuilder.WithId("p-1").Named("Pilot").Build() with { Language = language },
        ParticipantBuilder.In("p-1").WithId("bo").Named("Bo").Build() with { Email = "bo@example.org" },
        other, Link, Now.AddDays(30), "m-1@mentoring.test", Now);
}
