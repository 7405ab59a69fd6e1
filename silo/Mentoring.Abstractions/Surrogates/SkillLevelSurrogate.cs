using Mentoring.Domain;

namespace Mentoring.Abstractions.Surrogates;

/// <summary>Orleans wire form of <see cref="SkillLevel"/>; the domain library stays free of Orleans.</summary>
[GenerateSerializer, Immutable]
public readonly record struct SkillLevelSurrogate([property: Id(0)] string Term, [property: Id(1)] int Level);

[RegisterConverter]
public sealed class SkillLevelConverter : IConverter<SkillLevel, SkillLevelSurrogate>
{
    public SkillLevel ConvertFromSurrogate(in SkillLevelSurrogate surrogate) => new(surrogate.Term, surrogate.Level);

    public SkillLevelSurrogate ConvertToSurrogate(in SkillLevel value) => new(value.Term, value.Level);
}
