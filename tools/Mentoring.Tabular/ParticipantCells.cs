using System.Globalization;
using Google.Protobuf.Collections;
using Mentoring.Contracts.V1;

namespace Mentoring.Tabular;

/// <summary>How the cells of the documented columns are read: numbers, flags, enums by name, lists separated by ';'.</summary>
internal static class ParticipantCells
{
    internal static string? Set(Action set)
    {
        set();
        return null;
    }

    internal static string[] Items(string value) => value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static string? AddAll(RepeatedField<string> field, string value)
    {
        field.AddRange(Items(value));
        return null;
    }

    internal static string? Int(string value, Action<int> set)
    {
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return $"\"{value}\" is not a whole number";
        }

        set(number);
        return null;
    }

    internal static string? Bool(string value, Action<bool> set)
    {
        if (!bool.TryParse(value, out var flag))
        {
            return $"\"{value}\" is not true or false";
        }

        set(flag);
        return null;
    }

    /// <summary>An enum by its proto name with or without the prefix, any case, '-' or '_' between words.</summary>
    internal static string? Enum<T>(string value, string prefix, Action<T> set)
        where T : struct, System.Enum
    {
        var name = value.Trim().Replace('-', '_');
        if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            name = name[prefix.Length..];
        }

        name = name.Replace("_", "", StringComparison.Ordinal);
        if (!System.Enum.TryParse(name, ignoreCase: true, out T parsed) || Convert.ToInt32(parsed, CultureInfo.InvariantCulture) == 0 || !System.Enum.IsDefined(parsed))
        {
            return $"\"{value}\" is not one of {string.Join(", ", System.Enum.GetNames<T>().Skip(1).Select(n => n.ToLowerInvariant()))}";
        }

        set(parsed);
        return null;
    }

    internal static string? Formats(Participant participant, string value)
    {
        foreach (var item in Items(value))
        {
            if (Enum<MeetingFormat>(item, "MEETING_FORMAT_", participant.Formats.Add) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    internal static string? Skills(RepeatedField<Skill> skills, string value)
    {
        foreach (var item in Items(value))
        {
            var colon = item.LastIndexOf(':');
            var term = colon < 0 ? item : item[..colon];
            var level = 0;
            if (colon >= 0 && !int.TryParse(item[(colon + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out level))
            {
                return $"\"{item}\" is not term:level";
            }

            skills.Add(new Skill { Term = term.Trim(), Level = level });
        }

        return null;
    }

    internal static string? Availability(Participant participant, string value)
    {
        foreach (var item in Items(value))
        {
            var parts = item.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 3 || !System.Enum.TryParse<Google.Type.DayOfWeek>(parts[0], ignoreCase: true, out var day) || day == Google.Type.DayOfWeek.Unspecified)
            {
                return $"\"{item}\" is not DAY HH:MM-HH:MM (e.g. MONDAY 09:00-11:00)";
            }

            participant.Availability.Add(new AvailabilityWindow { Day = day, StartTime = parts[1], EndTime = parts[2] });
        }

        return null;
    }

    internal static MatchingPreferences Prefs(Participant participant) => participant.Preferences ??= new MatchingPreferences();
}
