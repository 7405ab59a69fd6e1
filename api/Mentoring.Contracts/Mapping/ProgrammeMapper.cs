using Google.Protobuf.WellKnownTypes;
using Mentoring.Domain;

namespace Mentoring.Contracts.Mapping;

/// <summary>Maps programmes. Field paths start with "programme", as in <see cref="ProgrammeValidator"/>.</summary>
public static class ProgrammeMapper
{
    private const string P = "programme";

    // 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the range google.protobuf.Timestamp allows.
    private const long MinTimestampSeconds = -62_135_596_800;
    private const long MaxTimestampSeconds = 253_402_300_799;

    /// <summary>For updates: the id comes from the programme's name.</summary>
    public static MappingResult<Domain.Programme> ToDomain(V1.Programme programme)
    {
        if (ResourceNames.TryParseProgramme(programme.Name, out var id))
        {
            return ToDomain(programme, id);
        }

        var result = ToDomain(programme, "");
        FieldViolation nameViolation = new($"{P}.name", "must be \"programmes/{programme}\" with a valid programme id");
        return result with { Violations = [nameViolation, .. result.Violations] };
    }

    /// <summary>For creates: the id is the request's programme_id and the name is ignored.</summary>
    public static MappingResult<Domain.Programme> ToDomain(V1.Programme programme, string programmeId)
    {
        var violations = new List<FieldViolation>();
        var domain = new Domain.Programme
        {
            Id = programmeId,
            DisplayName = programme.DisplayName,
            Description = programme.Description,
            Policy = PolicyMapper.ToDomain(programme.Policy, $"{P}.policy", violations),
            Taxonomy = [.. programme.Taxonomy],
            OrganisationMode = Mode(programme.OrganisationMode, violations),
            CompetitorPairs = [.. programme.CompetitorPairs.Select(p => new Domain.OrganisationPair(p.First, p.Second))],
            EndTime = EndTime(programme.EndTime, violations),
            Language = programme.Language.Length == 0 ? MessageLanguages.English : programme.Language,
        };
        return new(domain, violations);
    }

    /// <summary>The domain has no etag, stored timestamps or purge time; the caller passes the stored ones.</summary>
    public static V1.Programme ToProto(
        Domain.Programme programme, string etag, DateTimeOffset createTime, DateTimeOffset updateTime, DateTimeOffset? purgeTime = null)
    {
        var proto = new V1.Programme
        {
            Name = ResourceNames.Programme(programme.Id),
            DisplayName = programme.DisplayName,
            Description = programme.Description,
            Policy = PolicyMapper.ToProto(programme.Policy),
            OrganisationMode = programme.OrganisationMode switch
            {
                OrganisationMode.Any => V1.OrganisationMode.Any,
                OrganisationMode.DifferentRequired => V1.OrganisationMode.DifferentRequired,
                OrganisationMode.SameRequired => V1.OrganisationMode.SameRequired,
                _ => V1.OrganisationMode.Unspecified,
            },
            CreateTime = Timestamp.FromDateTimeOffset(createTime),
            UpdateTime = Timestamp.FromDateTimeOffset(updateTime),
            Etag = etag,
            EndTime = programme.EndTime is { } end ? Timestamp.FromDateTimeOffset(end) : null,
            PurgeTime = purgeTime is { } purge ? Timestamp.FromDateTimeOffset(purge) : null,
            Language = programme.Language,
        };
        proto.Taxonomy.Add(programme.Taxonomy);
        proto.CompetitorPairs.Add(programme.CompetitorPairs.Select(p => new V1.OrganisationPair { First = p.First, Second = p.Second }));
        return proto;
    }

    // Timestamp.ToDateTimeOffset throws on seconds or nanos outside the documented Timestamp range; the validator checks the rest.
    private static DateTimeOffset? EndTime(Timestamp? endTime, List<FieldViolation> violations)
    {
        if (endTime is null)
        {
            return null;
        }

        if (endTime.Nanos is < 0 or > 999_999_999 || endTime.Seconds < MinTimestampSeconds || endTime.Seconds > MaxTimestampSeconds)
        {
            violations.Add(new FieldViolation($"{P}.end_time", "is not a valid timestamp (seconds within years 1 to 9999, nanos 0 to 999,999,999)"));
            return null;
        }

        return endTime.ToDateTimeOffset();
    }

    private static OrganisationMode Mode(V1.OrganisationMode mode, List<FieldViolation> violations)
    {
        switch (mode)
        {
            case V1.OrganisationMode.Unspecified:
            case V1.OrganisationMode.Any:
                return OrganisationMode.Any;
            case V1.OrganisationMode.DifferentRequired: return OrganisationMode.DifferentRequired;
            case V1.OrganisationMode.SameRequired: return OrganisationMode.SameRequired;
            default:
                // The domain validator does not check this enum, so the mapper is the only guard.
                violations.Add(new FieldViolation($"{P}.organisation_mode", $"{(int)mode} is not a known organisation mode"));
                return OrganisationMode.Any;
        }
    }
}
