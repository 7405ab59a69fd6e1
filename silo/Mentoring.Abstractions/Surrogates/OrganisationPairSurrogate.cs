using Mentoring.Domain;

namespace Mentoring.Abstractions.Surrogates;

/// <summary>Orleans wire form of <see cref="OrganisationPair"/>.</summary>
[GenerateSerializer, Immutable]
public readonly record struct OrganisationPairSurrogate([property: Id(0)] string First, [property: Id(1)] string Second);

[RegisterConverter]
public sealed class OrganisationPairConverter : IConverter<OrganisationPair, OrganisationPairSurrogate>
{
    public OrganisationPair ConvertFromSurrogate(in OrganisationPairSurrogate surrogate) => new(surrogate.First, surrogate.Second);

    public OrganisationPairSurrogate ConvertToSurrogate(in OrganisationPair value) => new(value.First, value.Second);
}
