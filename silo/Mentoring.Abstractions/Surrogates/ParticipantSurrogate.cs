using System.Collections.Immutable;
using Mentoring.Domain;

namespace Mentoring.Abstractions.Surrogates;

/// <summary>Orleans wire and storage form of <see cref="Participant"/>.</summary>
[GenerateSerializer, Immutable]
public readonly record struct ParticipantSurrogate
{
    [Id(0)] public required string ProgrammeId { get; init; }
    [Id(1)] public required string Id { get; init; }
    [Id(2)] public int Role { get; init; }
    [Id(3)] public string DisplayName { get; init; }
    [Id(4)] public string Organisation { get; init; }
    [Id(5)] public string Department { get; init; }
    [Id(6)] public ImmutableArray<string> ReportingLine { get; init; }
    [Id(7)] public string Industry { get; init; }
    [Id(8)] public int SeniorityYears { get; init; }
    [Id(9)] public ImmutableArray<string> Languages { get; init; }
    [Id(10)] public string Location { get; init; }
    [Id(11)] public string TimeZone { get; init; }
    [Id(12)] public ImmutableArray<AvailabilityWindow> Availability { get; init; }
    [Id(13)] public int Formats { get; init; }
    [Id(14)] public ImmutableArray<SkillLevel> SkillsOffered { get; init; }
    [Id(15)] public ImmutableArray<SkillLevel> SkillsWanted { get; init; }
    [Id(16)] public ImmutableArray<string> Goals { get; init; }
    [Id(17)] public ImmutableArray<string> Interests { get; init; }
    [Id(18)] public int Capacity { get; init; }
    [Id(19)] public required MatchingPreferences Preferences { get; init; }
    [Id(20)] public ImmutableArray<string> RankedChoices { get; init; }
    [Id(21)] public ImmutableArray<string> Blocked { get; init; }
    [Id(22)] public ImmutableArray<string> PriorEngagements { get; init; }
    [Id(23)] public string? Email { get; init; }
}

[RegisterConverter]
public sealed class ParticipantConverter : IConverter<Participant, ParticipantSurrogate>
{
    public Participant ConvertFromSurrogate(in ParticipantSurrogate s) => new()
    {
        ProgrammeId = s.ProgrammeId,
        Id = s.Id,
        Role = (ParticipantRole)s.Role,
        DisplayName = s.DisplayName,
        Organisation = s.Organisation,
        Department = s.Department,
        ReportingLine = OrEmpty(s.ReportingLine),
        Industry = s.Industry,
        SeniorityYears = s.SeniorityYears,
        Languages = OrEmpty(s.Languages),
        Location = s.Location,
        TimeZone = s.TimeZone,
        Availability = OrEmpty(s.Availability),
        Formats = (MeetingFormats)s.Formats,
        SkillsOffered = OrEmpty(s.SkillsOffered),
        SkillsWanted = OrEmpty(s.SkillsWanted),
        Goals = OrEmpty(s.Goals),
        Interests = OrEmpty(s.Interests),
        Capacity = s.Capacity,
        Preferences = s.Preferences,
        RankedChoices = OrEmpty(s.RankedChoices),
        Blocked = OrEmpty(s.Blocked),
        PriorEngagements = OrEmpty(s.PriorEngagements),
        Email = s.Email ?? "",
    };

    public ParticipantSurrogate ConvertToSurrogate(in Participant p) => new()
    {
        ProgrammeId = p.ProgrammeId,
        Id = p.Id,
        Role = (int)p.Role,
        DisplayName = p.DisplayName,
        Organisation = p.Organisation,
        Department = p.Department,
        ReportingLine = p.ReportingLine,
        Industry = p.Industry,
        SeniorityYears = p.SeniorityYears,
        Languages = p.Languages,
        Location = p.Location,
        TimeZone = p.TimeZone,
        Availability = p.Availability,
        Formats = (int)p.Formats,
        SkillsOffered = p.SkillsOffered,
        SkillsWanted = p.SkillsWanted,
        Goals = p.Goals,
        Interests = p.Interests,
        Capacity = p.Capacity,
        Preferences = p.Preferences,
        RankedChoices = p.RankedChoices,
        Blocked = p.Blocked,
        PriorEngagements = p.PriorEngagements,
        Email = p.Email,
    };

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
