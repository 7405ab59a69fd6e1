using System.Collections.Immutable;
using Mentoring.Domain;
using static Mentoring.Domain.Tests.Fixtures;

namespace Mentoring.Domain.Tests;

public sealed class ParticipantValidatorTests
{
    private static IReadOnlyList<string> Validate(Participant participant) =>
        Fields(ParticipantValidator.Validate(participant, Programme()));

    [Fact]
    public void Valid_participant_has_no_violations()
    {
        Assert.Empty(Validate(Mentor()));
    }

    [Fact]
    public void Missing_id()
    {
        Assert.Equal(["participant.id"], Validate(Mentor() with { Id = "" }));
    }

    [Fact]
    public void Oversized_id()
    {
        Assert.Equal(["participant.id"], Validate(Mentor() with { Id = new string('a', Limits.MaxIdLength + 1) }));
    }

    [Fact]
    public void An_id_in_the_pseudonym_namespace_is_refused_so_no_live_participant_looks_erased()
    {
        Assert.Equal(["participant.id"], Validate(Mentor() with { Id = Pseudonyms.New() }));
        Assert.Empty(Validate(Mentor() with { Id = "Erased-but-not-reserved" }));
    }

    [Fact]
    public void Undefined_role()
    {
        Assert.Equal(["participant.role"], Validate(Mentor() with { Role = 0 }));
    }

    [Fact]
    public void Unknown_taxonomy_term()
    {
        var participant = Mentor() with { SkillsOffered = [new SkillLevel("term-0", 4), new SkillLevel("cobol", 2)] };
        Assert.Equal(["participant.skills_offered[1].term"], Validate(participant));
    }

    [Fact]
    public void Skill_level_out_of_range()
    {
        Assert.Equal(["participant.skills_wanted[0].level"], Validate(Mentor() with { SkillsWanted = [new SkillLevel("term-3", 6)] }));
    }

    [Fact]
    public void Invalid_time_zone()
    {
        Assert.Equal(["participant.time_zone"], Validate(Mentor() with { TimeZone = "Mars/Olympus_Mons" }));
    }

    [Fact]
    public void Overlapping_availability_windows()
    {
        var participant = Mentor() with
        {
            Availability =
            [
                new AvailabilityWindow(DayOfWeek.Monday, 9 * 60, 11 * 60),
                new AvailabilityWindow(DayOfWeek.Tuesday, 9 * 60, 11 * 60),
                new AvailabilityWindow(DayOfWeek.Monday, 10 * 60, 12 * 60),
            ],
        };
        Assert.Equal(["participant.availability[2]"], Validate(participant));
    }

    [Fact]
    public void Touching_windows_do_not_overlap()
    {
        var participant = Mentor() with
        {
            Availability = [new AvailabilityWindow(DayOfWeek.Monday, 9 * 60, 11 * 60), new AvailabilityWindow(DayOfWeek.Monday, 11 * 60, 12 * 60)],
        };
        Assert.Empty(Validate(participant));
    }

    [Theory]
    [InlineData(600, 1441)]
    [InlineData(-1, 60)]
    [InlineData(600, 600)]
    [InlineData(700, 600)]
    public void Out_of_range_window(int start, int end)
    {
        var participant = Mentor() with { Availability = [new AvailabilityWindow(DayOfWeek.Friday, start, end)] };
        Assert.Equal(["participant.availability[0]"], Validate(participant));
    }

    [Fact]
    public void Negative_capacity()
    {
        Assert.Equal(["participant.capacity"], Validate(Mentor() with { Capacity = -1 }));
    }

    [Fact]
    public void Too_many_items_in_a_list()
    {
        var ids = Enumerable.Range(0, Limits.MaxListItems + 1).Select(i => $"other-{i}").ToImmutableArray();
        Assert.Equal(["participant.blocked"], Validate(Mentor() with { Blocked = ids }));
    }

    [Fact]
    public void Too_many_availability_windows()
    {
        var windows = Enumerable.Range(0, Limits.MaxAvailabilityWindows + 1)
            .Select(i => new AvailabilityWindow((DayOfWeek)(i % 7), i / 7 * 60, (i / 7 * 60) + 30))
            .ToImmutableArray();
        Assert.Equal(["participant.availability"], Validate(Mentor() with { Availability = windows }));
    }

    [Fact]
    public void Duplicate_terms()
    {
        Assert.Equal(["participant.goals[2]"], Validate(Mentor() with { Goals = ["term-2", "term-3", "term-2"] }));
    }

    [Fact]
    public void Duplicate_skill_terms()
    {
        var participant = Mentor() with { SkillsOffered = [new SkillLevel("term-0", 4), new SkillLevel("term-0", 2)] };
        Assert.Equal(["participant.skills_offered[1]"], Validate(participant));
    }

    [Fact]
    public void Self_reference_in_blocked()
    {
        Assert.Equal(["participant.blocked[1]"], Validate(Mentor() with { Blocked = ["bob", "ada"] }));
    }

    [Fact]
    public void Reporting_line_longer_than_two()
    {
        Assert.Equal(["participant.reporting_line"], Validate(Mentor() with { ReportingLine = ["m1", "m2", "m3"] }));
    }

    [Fact]
    public void Malformed_language_tag()
    {
        Assert.Equal(["participant.preferences.required_languages[0]"],
            Validate(Mentor() with { Preferences = new MatchingPreferences { RequiredLanguages = ["english!"] } }));
    }

    [Fact]
    public void No_meeting_format()
    {
        Assert.Equal(["participant.formats"], Validate(Mentor() with { Formats = MeetingFormats.None }));
    }

    [Fact]
    public void A_taxonomy_set_built_once_checks_skills_goals_and_interests_as_the_programme_does()
    {
        var programme = Programme();
        var taxonomy = ParticipantValidator.TaxonomyOf(programme);
        var participant = Mentor() with
        {
            SkillsOffered = [new SkillLevel("term-0", 4), new SkillLevel("cobol", 2)],
            Goals = ["term-1", "fortran"],
            Interests = ["algol"],
        };

        var once = Fields(ParticipantValidator.Validate(participant, programme, taxonomy));

        Assert.Equal(["participant.skills_offered[1].term", "participant.goals[1]", "participant.interests[0]"], once);
        Assert.Equal(Fields(ParticipantValidator.Validate(participant, programme)), once);
        Assert.Empty(ParticipantValidator.Validate(Mentor(), programme, taxonomy));
    }
}
