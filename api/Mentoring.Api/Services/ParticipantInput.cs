using Mentoring.Contracts.Mapping;
using Mentoring.Domain;

namespace Mentoring.Api.Services;

/// <summary>The one validation path for an incoming participant: proto mapping, then the domain rules of its programme.</summary>
internal static class ParticipantInput
{
    /// <summary>The domain participant, or the violations; <paramref name="idField"/> renames "participant.id" to the request's id field.</summary>
    public static MappingResult<Participant> Validate(
        Contracts.V1.Participant proto, Programme programme, string participantId, string idField)
    {
        var mapped = ParticipantMapper.ToDomain(proto, programme.Id, participantId);
        var violations = FieldViolations.Combine(mapped.Violations, ParticipantValidator.Validate(mapped.Value, programme))
            .Select(v => v.Field == "participant.id" ? v with { Field = idField } : v)
            .ToList();
        return new(mapped.Value, violations);
    }
}
