using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>Valid request data, to be bent one field at a time by each test.</summary>
public static class Builders
{
    public static readonly string[] Taxonomy = ["kotlin", "leadership", "negotiation", "sql", "design", "career-change"];

    public static Programme Programme(string displayName = "Acme mentoring 2026") => new()
    {
        DisplayName = displayName,
        Description = "Cross-team mentoring",
        Taxonomy = { Taxonomy },
        OrganisationMode = OrganisationMode.Any,
    };

    public static Participant Mentee(string displayName = "Bo") => new()
    {
        Role = ParticipantRole.Mentee,
        DisplayName = displayName,
        Organisation = "acme",
        Industry = "software",
        SeniorityYears = 2,
        Languages = { "en", "de" },
        TimeZone = "Europe/Berlin",
        Availability =
        {
            new AvailabilityWindow { Day = Google.Type.DayOfWeek.Monday, StartTime = "09:00", EndTime = "11:00" },
            new AvailabilityWindow { Day = Google.Type.DayOfWeek.Thursday, StartTime = "18:30", EndTime = "20:00" },
        },
        Formats = { MeetingFormat.Online },
        SkillsWanted = { new Skill { Term = "kotlin", Level = 3 }, new Skill { Term = "leadership", Level = 2 } },
        Goals = { "career-change" },
        Interests = { "design" },
    };

    public static Participant Mentor(string displayName = "Ada") => new()
    {
        Role = ParticipantRole.Mentor,
        DisplayName = displayName,
        Organisation = "globex",
        Industry = "finance",
        SeniorityYears = 15,
        Languages = { "en" },
        TimeZone = "Europe/London",
        Availability = { new AvailabilityWindow { Day = Google.Type.DayOfWeek.Monday, StartTime = "08:00", EndTime = "12:00" } },
        Formats = { MeetingFormat.Online, MeetingFormat.InPerson },
        SkillsOffered = { new Skill { Term = "kotlin", Level = 5 }, new Skill { Term = "negotiation", Level = 4 } },
        Capacity = 3,
    };
}
