using System.Globalization;

namespace Mentoring.Domain.Links;

/// <summary>What a personal link is for.</summary>
public static class LinkActions
{
    /// <summary>The participant area of one match: answer it, later end it, see one's data, ask for erasure.</summary>
    public const string Respond = "respond";

    private const string CheckInPrefix = "checkin-";

    /// <summary>The check-in survey at the given point (1 = the first configured point): answer it once, see one's data.</summary>
    public static string CheckIn(int point) => CheckInPrefix + point.ToString(CultureInfo.InvariantCulture);

    /// <summary>The check-in point a link's action names, or null when it is not a check-in survey.</summary>
    public static int? CheckInPoint(string action) =>
        action.StartsWith(CheckInPrefix, StringComparison.Ordinal)
        && int.TryParse(action.AsSpan(CheckInPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var point) && point > 0
            ? point
            : null;
}
