using Google.Protobuf.WellKnownTypes;
using Mentoring.Domain;

namespace Mentoring.Contracts.Mapping;

/// <summary>Maps participants. Field paths start with "participant", as in <see cref="ParticipantValidator"/>.</summary>
public static class ParticipantMapper
{
    private const string P = "participant";

    /// <summary>The time zone an empty time_zone stands for.</summary>
    public const string DefaultTimeZone = "Etc/UTC";

    /// <summary>For updates: programme and participant ids come from the participant's name.</summary>
    public static MappingResult<Domain.Participant> ToDomain(V1.Participant participant)
    {
        if (ResourceNames.TryParseParticipant(participant.Name, out var programmeId, out var participantId))
        {
            return ToDomain(participant, programmeId, participantId);
        }

        var result = ToDomain(participant, "", "");
        FieldViolation nameViolation = new($"{P}.name", "must be \"programmes/{programme}/participants/{participant}\" with valid ids");
        return result with { Violations = [nameViolation, .. result.Violations] };
    }

    /// <summary>For creates and imports: the ids come from the request and the name is ignored.</summary>
    public static MappingResult<Domain.Participant> ToDomain(V1.Participant participant, string programmeId, string participantId)
    {
        var violations = new List<FieldViolation>();
        var domain = new Domain.Participant
        {
            ProgrammeId = programmeId,
            Id = participantId,
            Role = RoleMapper.ToDomain(participant.Role),
            DisplayName = participant.DisplayName,
            Email = participant.Email.Trim(),
            Organisation = participant.Organisation,
            Department = participant.Department,
            ReportingLine = [.. participant.ReportingLine],
            Industry = participant.Industry,
            SeniorityYears = participant.SeniorityYears,
            Languages = [.. participant.Languages],
            Location = participant.Location,
            TimeZone = participant.TimeZone.Length == 0 ? DefaultTimeZone : participant.TimeZone,
            Availability = AvailabilityMapper.ToDomain(participant.Availability, $"{P}.availability", violations),
            Formats = MeetingFormatMapper.ToDomain(participant.Formats, $"{P}.formats", violations),
            SkillsOffered = [.. participant.SkillsOffered.Select(s => new SkillLevel(s.Term, s.Level))],
            SkillsWanted = [.. participant.SkillsWanted.Select(s => new SkillLevel(s.Term, s.Level))],
            Goals = [.. participant.Goals],
            Interests = [.. participant.Interests],
            Capacity = participant.Capacity,
            Preferences = PreferencesMapper.ToDomain(participant.Preferences),
            RankedChoices = [.. participant.RankedChoices],
            Blocked = [.. participant.Blocked],
            PriorEngagements = [.. participant.PriorEngagements],
        };
        return new(domain, violations);
    }

    /// <summary>Fills availability_utc_hours; the domain has no etag or timestamps, so the caller passes the stored ones.</summary>
    public static V1.Participant ToProto(Domain.Participant participant, string etag, DateTimeOffset createTime, DateTimeOffset updateTime)
    {
        var proto = new V1.Participant
        {
            Name = ResourceNames.Participant(participant.ProgrammeId, participant.Id),
            Role = RoleMapper.ToProto(participant.Role),
            DisplayName = participant.DisplayName,
            Email = participant.Email,
            Organisation = participant.Organisation,
            Department = participant.Department,
            Industry = participant.Industry,
            SeniorityYears = participant.SeniorityYears,
            Location = participant.Location,
            TimeZone = participant.TimeZone,
            Capacity = participant.Capacity,
            Preferences = PreferencesMapper.ToProto(participant.Preferences),
            CreateTime = Timestamp.FromDateTimeOffset(createTime),
            UpdateTime = Timestamp.FromDateTimeOffset(updateTime),
            Etag = etag,
        };
        proto.ReportingLine.Add(participant.ReportingLine);
        proto.Languages.Add(participant.Languages);
        proto.Availability.Add(participant.Availability.Select(AvailabilityMapper.ToProto));
        proto.Formats.Add(MeetingFormatMapper.ToProto(participant.Formats));
        proto.SkillsOffered.Add(participant.SkillsOffered.Select(ToProto));
        proto.SkillsWanted.Add(participant.SkillsWanted.Select(ToProto));
        proto.Goals.Add(participant.Goals);
        proto.Interests.Add(participant.Interests);
        proto.RankedChoices.Add(participant.RankedChoices);
        proto.Blocked.Add(participant.Blocked);
        proto.PriorEngagements.Add(participant.PriorEngagements);
        proto.AvailabilityUtcHours.Add(AvailabilityMapper.UtcHours(participant.Availability, participant.TimeZone));
        return proto;
    }

    private static V1.Skill ToProto(SkillLevel skill) => new() { Term = skill.Term, Level = skill.Level };
}
