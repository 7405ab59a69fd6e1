using Mentoring.Domain;

namespace Mentoring.Contracts.Mapping;

/// <summary>Maps a participant's own matching preferences; an unset message means no preferences.</summary>
public static class PreferencesMapper
{
    public static Domain.MatchingPreferences ToDomain(V1.MatchingPreferences? preferences) =>
        preferences is null
            ? Domain.MatchingPreferences.None
            : new Domain.MatchingPreferences
            {
                PreferOutsideOrganisation = preferences.PreferOutsideOrganisation,
                RequireOutsideOrganisation = preferences.RequireOutsideOrganisation,
                PreferOtherIndustry = preferences.PreferOtherIndustry,
                MaxTimeZoneDistanceHours = preferences.HasMaxTimeZoneDistanceHours ? preferences.MaxTimeZoneDistanceHours : null,
                RequiredLanguages = [.. preferences.RequiredLanguages],
            };

    public static V1.MatchingPreferences ToProto(Domain.MatchingPreferences preferences)
    {
        var proto = new V1.MatchingPreferences
        {
            PreferOutsideOrganisation = preferences.PreferOutsideOrganisation,
            RequireOutsideOrganisation = preferences.RequireOutsideOrganisation,
            PreferOtherIndustry = preferences.PreferOtherIndustry,
        };
        if (preferences.MaxTimeZoneDistanceHours is { } hours)
        {
            proto.MaxTimeZoneDistanceHours = hours;
        }

        proto.RequiredLanguages.Add(preferences.RequiredLanguages);
        return proto;
    }
}
