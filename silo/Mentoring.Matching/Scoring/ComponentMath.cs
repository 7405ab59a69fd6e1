using System.Runtime.CompilerServices;
using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>The scalar shapes of the non-bitset components, shared by the pair scorer, the row kernel and explanations.</summary>
internal static class ComponentMath
{
    private const int MinutesPerDay = 24 * 60;
    private const int InPersonish = (int)(MeetingFormats.InPerson | MeetingFormats.Hybrid);

    /// <summary>Same rounding as <see cref="TimeZones.DistanceHours"/>, on whole-minute offsets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int TimeZoneDistanceHours(int offsetA, int offsetB)
    {
        var minutes = Math.Abs(offsetA - offsetB) % MinutesPerDay;
        var shortest = Math.Min(minutes, MinutesPerDay - minutes);
        return (shortest + 30) / 60;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float TimeZone(int distanceHours) => 1f - (distanceHours / 12f);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Seniority(int gap, int min, int max)
    {
        var outside = Math.Max(0, Math.Max(min - gap, gap - max));
        return Math.Max(0f, 1f - (outside / ScoringConstants.SeniorityDecayYears));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Format(int formatsA, int formatsB, bool sameLocation)
    {
        var shared = formatsA & formatsB;
        if (shared == 0)
        {
            return 0f;
        }

        if ((shared & InPersonish) != 0 && sameLocation)
        {
            return ScoringConstants.FormatInPersonSameLocation;
        }

        return (shared & (int)MeetingFormats.Online) != 0 ? ScoringConstants.FormatOnline : ScoringConstants.FormatInPersonElsewhere;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float OrganisationSide(bool prefersOutside, bool sameOrganisation) =>
        !prefersOutside ? ScoringConstants.NoPreference : sameOrganisation ? 0f : 1f;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Industry(bool prefersOther, int industryA, int industryB) =>
        !prefersOther || industryA == 0 || industryB == 0 ? ScoringConstants.NoPreference : industryA != industryB ? 1f : 0f;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ExclusionRule OrganisationRule(OrganisationMode mode, bool same, bool menteeRequiresOutside, bool mentorRequiresOutside)
    {
        if (same && (mode == OrganisationMode.DifferentRequired || menteeRequiresOutside || mentorRequiresOutside))
        {
            return ExclusionRule.SameOrganisation;
        }

        return !same && mode == OrganisationMode.SameRequired ? ExclusionRule.DifferentOrganisation : ExclusionRule.None;
    }
}
