using System.Diagnostics.CodeAnalysis;

namespace Mentoring.Domain;

/// <summary>Resolves IANA time-zone ids. The standard offset is what availability and distance use (see docs/DOMAIN.md).</summary>
public static class TimeZones
{
    public static bool TryGetStandardOffset(string ianaId, out TimeSpan offset)
    {
        if (TryFind(ianaId, out var zone))
        {
            offset = zone.BaseUtcOffset;
            return true;
        }

        offset = TimeSpan.Zero;
        return false;
    }

    /// <summary>The standard offset of a zone already known to be valid.</summary>
    public static TimeSpan StandardOffset(string ianaId) =>
        TryGetStandardOffset(ianaId, out var offset)
            ? offset
            : throw new ArgumentException($"Unknown time zone '{ianaId}'.", nameof(ianaId));

    /// <summary>Distance between two standard offsets in whole hours, the short way round the clock (0..12).</summary>
    public static int DistanceHours(TimeSpan a, TimeSpan b)
    {
        var minutes = Math.Abs((int)(a - b).TotalMinutes) % (24 * 60);
        var shortest = Math.Min(minutes, (24 * 60) - minutes);
        return (int)Math.Round(shortest / 60.0, MidpointRounding.AwayFromZero);
    }

    private static bool TryFind(string ianaId, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(ianaId) || ianaId.Length > 64 || !ianaId.Contains('/') && ianaId != "UTC")
        {
            return false;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out zone) && zone.HasIanaId;
    }
}
