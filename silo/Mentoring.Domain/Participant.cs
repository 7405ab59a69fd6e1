using System.Collections.Immutable;

namespace Mentoring.Domain;

/// <summary>A mentor, mentee or peer in one programme, as the caller described them.</summary>
public sealed record Participant
{
    public required string ProgrammeId { get; init; }
    public required string Id { get; init; }
    public required ParticipantRole Role { get; init; }
    public string DisplayName { get; init; } = "";

    /// <summary>Where notifications go; empty when the participant gave none. Personal data.</summary>
    public string Email { get; init; } = "";

    public string Organisation { get; init; } = "";
    public string Department { get; init; } = "";

    /// <summary>Participant ids up the reporting line: the direct manager first, then the manager's manager.</summary>
    public ImmutableArray<string> ReportingLine { get; init; } = [];

    public string Industry { get; init; } = "";
    public int SeniorityYears { get; init; }

    /// <summary>BCP 47 language tags, lower-cased.</summary>
    public ImmutableArray<string> Languages { get; init; } = [];

    public string Location { get; init; } = "";

    /// <summary>IANA time-zone id, e.g. Europe/Berlin.</summary>
    public string TimeZone { get; init; } = "Etc/UTC";

    /// <summary>Weekly windows in local time, as entered.</summary>
    public ImmutableArray<AvailabilityWindow> Availability { get; init; } = [];

    public MeetingFormats Formats { get; init; } = MeetingFormats.Online;

    public ImmutableArray<SkillLevel> SkillsOffered { get; init; } = [];
    public ImmutableArray<SkillLevel> SkillsWanted { get; init; } = [];
    public ImmutableArray<string> Goals { get; init; } = [];
    public ImmutableArray<string> Interests { get; init; } = [];

    /// <summary>How many mentees a mentor takes at once; zero for a pure mentee.</summary>
    public int Capacity { get; init; }

    public MatchingPreferences Preferences { get; init; } = MatchingPreferences.None;

    /// <summary>Ids of the other side, most wanted first.</summary>
    public ImmutableArray<string> RankedChoices { get; init; } = [];

    public ImmutableArray<string> Blocked { get; init; } = [];

    /// <summary>People this participant already follows or has interacted with.</summary>
    public ImmutableArray<string> PriorEngagements { get; init; } = [];

    public bool IsMentor => Role is ParticipantRole.Mentor or ParticipantRole.Peer;
    public bool IsMentee => Role is ParticipantRole.Mentee or ParticipantRole.Peer;
}
