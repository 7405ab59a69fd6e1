using System.Collections.Immutable;

namespace Mentoring.Domain;

/// <summary>A participant's own wishes about the other side of a match.</summary>
public sealed record MatchingPreferences
{
    public bool PreferOutsideOrganisation { get; init; }

    /// <summary>True when the participant must not be matched inside their own organisation.</summary>
    public bool RequireOutsideOrganisation { get; init; }

    public bool PreferOtherIndustry { get; init; }

    /// <summary>Largest acceptable time-zone distance in hours; null means the programme's limit applies.</summary>
    public int? MaxTimeZoneDistanceHours { get; init; }

    /// <summary>Languages the other side must speak (all of them).</summary>
    public ImmutableArray<string> RequiredLanguages { get; init; } = [];

    public static MatchingPreferences None { get; } = new();
}
