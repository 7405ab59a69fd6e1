using System.Collections.Immutable;
using Mentoring.Domain;

namespace Mentoring.Grains.Tests.Support;

/// <summary>A valid participant with every field set, so storage round trips exercise all of them.</summary>
public sealed class ParticipantBuilder
{
    private readonly string _programmeId;
    private string _id = "p-0001";
    private ParticipantRole _role = ParticipantRole.Mentee;
    private string _displayName = "Grace Hopper";
    private string _department = "Platform";
    private int _seniorityYears = 3;

    private ParticipantBuilder(string programmeId) => _programmeId = programmeId;

    public static ParticipantBuilder In(string programmeId) => new(programmeId);

    public ParticipantBuilder WithId(string id)
    {
        _id = id;
        return this;
    }

    public ParticipantBuilder As(ParticipantRole role)
    {
        _role = role;
        return this;
    }

    public ParticipantBuilder Named(string displayName)
    {
        _displayName = displayName;
        return this;
    }

    public ParticipantBuilder InDepartment(string department)
    {
        _department = department;
        return this;
    }

    public ParticipantBuilder WithSeniority(int years)
    {
        _seniorityYears = years;
        return this;
    }

    public Participant Build() => new()
    {
        ProgrammeId = _programmeId,
        Id = _id,
        Role = _role,
        DisplayName = _displayName,
        Organisation = "Contoso",
        Department = _department,
        ReportingLine = ["manager-1", "director-1"],
        Industry = "software",
        SeniorityYears = _seniorityYears,
        Languages = ["en", "de"],
        Location = "Berlin",
        TimeZone = "Europe/Berlin",
        Availability =
        [
            new AvailabilityWindow(DayOfWeek.Tuesday, 9 * 60, 12 * 60),
            new AvailabilityWindow(DayOfWeek.Thursday, 14 * 60, 17 * 60 + 30),
        ],
        Formats = MeetingFormats.Online | MeetingFormats.Hybrid,
        SkillsOffered = [new SkillLevel("csharp", 4)],
        SkillsWanted = [new SkillLevel("leadership", 2), new SkillLevel("public-speaking", 1)],
        Goals = ["leadership"],
        Interests = ["distributed-systems"],
        Capacity = _role == ParticipantRole.Mentee ? 0 : 2,
        Preferences = new MatchingPreferences
        {
            PreferOutsideOrganisation = true,
            MaxTimeZoneDistanceHours = 3,
            RequiredLanguages = ["en"],
        },
        RankedChoices = ["p-0100", "p-0200"],
        Blocked = ["p-0300"],
        PriorEngagements = ["p-0400"],
    };
}
