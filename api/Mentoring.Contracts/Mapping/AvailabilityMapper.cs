using System.Collections.Immutable;
using Mentoring.Domain;
using ProtoDay = Google.Type.DayOfWeek;

namespace Mentoring.Contracts.Mapping;

/// <summary>Maps availability windows, and derives the output-only UTC hour list.</summary>
public static class AvailabilityMapper
{
    // The domain validator reports windows outside 00:00..24:00, so a malformed time maps to an impossible value.
    private const int Malformed = -1;

    public static ImmutableArray<Domain.AvailabilityWindow> ToDomain(
        IReadOnlyList<V1.AvailabilityWindow> windows, string field, List<FieldViolation> violations)
    {
        var result = ImmutableArray.CreateBuilder<Domain.AvailabilityWindow>(windows.Count);
        for (var i = 0; i < windows.Count; i++)
        {
            var window = windows[i];
            var day = ToDomain(window.Day);
            if (day is null)
            {
                violations.Add(new FieldViolation($"{field}[{i}].day", "must be MONDAY to SUNDAY"));
            }

            result.Add(new Domain.AvailabilityWindow(
                day ?? (DayOfWeek)Malformed,
                Minutes(window.StartTime, $"{field}[{i}].start_time", violations),
                Minutes(window.EndTime, $"{field}[{i}].end_time", violations)));
        }

        return result.MoveToImmutable();
    }

    public static V1.AvailabilityWindow ToProto(Domain.AvailabilityWindow window) => new()
    {
        Day = ToProto(window.Day),
        StartTime = ClockTimes.Format(window.StartMinute),
        EndTime = ClockTimes.Format(window.EndMinute),
    };

    /// <summary>Hours of the week (Monday 00:00 UTC = 0) covered by the windows at the zone's standard offset, ascending.</summary>
    public static IEnumerable<int> UtcHours(IEnumerable<Domain.AvailabilityWindow> windows, string timeZone)
    {
        if (!TimeZones.TryGetStandardOffset(timeZone, out var offset))
        {
            return [];
        }

        var bitmap = WeeklyAvailability.FromLocalWindows(windows, offset);
        return Enumerable.Range(0, WeeklyAvailability.HoursPerWeek).Where(bitmap.IsSet);
    }

    private static int Minutes(string text, string field, List<FieldViolation> violations)
    {
        if (ClockTimes.TryParse(text, out var minutes))
        {
            return minutes;
        }

        violations.Add(new FieldViolation(field, "must be a time \"HH:MM\" from 00:00 to 24:00"));
        return Malformed;
    }

    private static DayOfWeek? ToDomain(ProtoDay day) => day switch
    {
        ProtoDay.Monday => DayOfWeek.Monday,
        ProtoDay.Tuesday => DayOfWeek.Tuesday,
        ProtoDay.Wednesday => DayOfWeek.Wednesday,
        ProtoDay.Thursday => DayOfWeek.Thursday,
        ProtoDay.Friday => DayOfWeek.Friday,
        ProtoDay.Saturday => DayOfWeek.Saturday,
        ProtoDay.Sunday => DayOfWeek.Sunday,
        _ => null,
    };

    private static ProtoDay ToProto(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => ProtoDay.Monday,
        DayOfWeek.Tuesday => ProtoDay.Tuesday,
        DayOfWeek.Wednesday => ProtoDay.Wednesday,
        DayOfWeek.Thursday => ProtoDay.Thursday,
        DayOfWeek.Friday => ProtoDay.Friday,
        DayOfWeek.Saturday => ProtoDay.Saturday,
        DayOfWeek.Sunday => ProtoDay.Sunday,
        _ => ProtoDay.Unspecified,
    };
}
