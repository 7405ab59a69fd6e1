using System.Collections.Immutable;
using Mentoring.Domain;

namespace Mentoring.Abstractions.Surrogates;

/// <summary>Orleans wire form of <see cref="MatchingPreferences"/>.</summary>
[GenerateSerializer, Immutable]
public readonly record struct MatchingPreferencesSurrogate
{
    [Id(0)] public bool PreferOutsideOrganisation { get; init; }
    [Id(1)] public bool RequireOutsideOrganisation { get; init; }
    [Id(2)] public bool PreferOtherIndustry { get; init; }
    [Id(3)] public int? MaxTimeZoneDistanceHours { get; init; }
    [Id(4)] public ImmutableArray<string> RequiredLanguages { get; init; }
}

[RegisterConverter]
public sealed class MatchingPreferencesConverter : IConverter<MatchingPreferences, MatchingPreferencesSurrogate>
{
    public MatchingPreferences ConvertFromSurrogate(in MatchingPreferencesSurrogate surrogate) => new()
    {
        PreferOutsideOrganisation = surrogate.PreferOutsideOrganisation,
        RequireOutsideOrganisation = surrogate.RequireOutsideOrganisation,
        PreferOtherIndustry = surrogate.PreferOtherIndustry,
        MaxTimeZoneDistanceHours = surrogate.MaxTimeZoneDistanceHours,
        RequiredLanguages = surrogate.RequiredLanguages.IsDefault ? [] : surrogate.RequiredLanguages,
    };

    public MatchingPreferencesSurrogate ConvertToSurrogate(in MatchingPreferences value) => new()
    {
        PreferOutsideOrganisation = value.PreferOutsideOrganisation,
        RequireOutsideOrganisation = value.RequireOutsideOrganisation,
        PreferOtherIndustry = value.PreferOtherIndustry,
        MaxTimeZoneDistanceHours = value.MaxTimeZoneDistanceHours,
        RequiredLanguages = value.RequiredLanguages,
    };
}
