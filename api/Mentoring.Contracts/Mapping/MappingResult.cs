using Mentoring.Domain;

namespace Mentoring.Contracts.Mapping;

/// <summary>A mapped or merged value plus the problems that were only visible at the proto level.</summary>
public sealed record MappingResult<T>(T Value, IReadOnlyList<FieldViolation> Violations)
{
    public bool IsValid => Violations.Count == 0;
}
