using Mentoring.Contracts.Mapping;
using Mentoring.Domain;

namespace Mentoring.Api.Services;

/// <summary>The one validation path for an incoming participant: proto mapping, then the domain rules of its programme.</summary>
internal static class ParticipantInput
{
    /// <summary>
    /// The domain participant, or the violations; <paramref name="idField"/> renames "participant.id" to the request's id
    /// field. An import passes its programme's <paramref name="taxonomy"/> (<see cref="ParticipantValidator.TaxonomyOf"/>)
    /// so the set is built once for all its items.
    /// </summary>
    public static MappingResult<Participant> Validate(
        Contracts.V1.Participant proto, Programme programme, string participantId, string idField, IReadOnlySet<string>? taxonomy = null)
    {
        var mapped = ParticipantMapper.ToDomain(proto, programme.Id, participantId);
        var rules = ParticipantValidator.Validate(mapped.Value, programme, taxonomy ?? ParticipantValidator.TaxonomyOf(programme));
        var violations = FieldViolations.Combine(mapped.Violations, rules)
            .Select(v => v.Field == "participant.id" ? v with { Field = idField } : v)
            .ToList();
        return new(mapped.Value, violations);
    }
}
