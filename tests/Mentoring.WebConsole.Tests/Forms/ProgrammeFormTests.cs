using Google.Protobuf.WellKnownTypes;
using Mentoring.Contracts.V1;
using Mentoring.WebConsole.Programmes;

namespace Mentoring.WebConsole.Tests.Forms;

/// <summary>The programme form's one mapping to and from the API's message (no browser, no server).</summary>
public sealed class ProgrammeFormTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData(2027, 1, 15, 12, 30, 11)]
    [InlineData(2027, 7, 15, 12, 30, 10)]
    public void An_end_time_typed_in_the_users_zone_is_sent_in_utc_with_that_days_offset(int year, int month, int day, int hour, int minute, int utcHour)
    {
        var form = new ProgrammeForm { Id = "p", EndTime = new DateTime(year, month, day, hour, minute, 0) };

        var programme = form.ToProgramme(Berlin);

        Assert.Equal(new DateTime(year, month, day, utcHour, minute, 0, DateTimeKind.Utc), programme.EndTime.ToDateTime());
    }

    [Fact]
    public void Hard_rules_left_empty_are_not_sent_so_the_servers_defaults_apply()
    {
        var programme = new ProgrammeForm { Id = "p", MaxTimeZoneDistanceHours = 4 }.ToProgramme(TimeZoneInfo.Utc);

        Assert.True(programme.Policy.HasMaxTimeZoneDistanceHours);
        Assert.False(programme.Policy.HasMinimumOverlapHours);
        Assert.False(programme.Policy.HasMinimumScore);
        Assert.Null(programme.EndTime);
    }

    [Fact]
    public void A_form_read_from_a_programme_and_saved_unchanged_sends_the_same_settings_back()
    {
        var stored = new Programme
        {
            Name = "programmes/p",
            Etag = "e1",
            DisplayName = "P",
            Taxonomy = { "kotlin", "sql" },
            EndTime = Timestamp.FromDateTime(new DateTime(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc)),
            Policy = new MatchingPolicy
            {
                Solver = SolverMode.Peer,
                TopK = 7,
                MinimumScore = 0.25,
                Weights = new ScoreWeights
                {
                    Skills = 1, Goals = 2, Interests = 3, Availability = 4, Language = 5, Seniority = 6, TimeZone = 7,
                    Format = 8, Organisation = 9, Industry = 10, Rank = 0.5, PriorEngagement = 1.5,
                },
            },
        };

        var update = ProgrammeForm.From(stored, Berlin).ToUpdate(stored, Berlin);

        Assert.Equal("e1", update.Programme.Etag);
        Assert.Equal(stored.Taxonomy, update.Programme.Taxonomy);
        Assert.Equal(stored.EndTime, update.Programme.EndTime);
        Assert.Equal(stored.Policy, update.Programme.Policy);
        Assert.Equal(["display_name", "description", "taxonomy", "policy", "end_time"], update.UpdateMask.Paths);
    }
}
