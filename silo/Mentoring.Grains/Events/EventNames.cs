using System.Text.Json;

namespace Mentoring.Grains.Events;

/// <summary>How states and phases read in event data: snake_case, e.g. "accepted_by_mentee", "publishing".</summary>
public static class EventNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
