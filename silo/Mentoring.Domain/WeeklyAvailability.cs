using System.Numerics;

namespace Mentoring.Domain;

/// <summary>
/// A week of one-hour UTC slots as a 168-bit bitmap: bit <c>h</c> is hour <c>h</c> after Monday 00:00 UTC.
/// </summary>
public readonly record struct WeeklyAvailability(ulong Low, ulong Middle, ulong High)
{
    public const int HoursPerWeek = 7 * 24;
    private const int MinutesPerWeek = HoursPerWeek * 60;

    public static WeeklyAvailability Empty => default;

    public int Hours => BitOperations.PopCount(Low) + BitOperations.PopCount(Middle) + BitOperations.PopCount(High);

    public bool IsSet(int hour) => hour switch
    {
        < 64 => ((Low >> hour) & 1) != 0,
        < 128 => ((Middle >> (hour - 64)) & 1) != 0,
        _ => ((High >> (hour - 128)) & 1) != 0,
    };

    public int OverlapHours(WeeklyAvailability other) =>
        BitOperations.PopCount(Low & other.Low)
        + BitOperations.PopCount(Middle & other.Middle)
        + BitOperations.PopCount(High & other.High);

    public WeeklyAvailability WithHour(int hour)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hour);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(hour, HoursPerWeek);
        return hour switch
        {
            < 64 => this with { Low = Low | (1UL << hour) },
            < 128 => this with { Middle = Middle | (1UL << (hour - 64)) },
            _ => this with { High = High | (1UL << (hour - 128)) },
        };
    }

    /// <summary>
    /// Converts local windows to UTC hours with the zone's standard (non-DST) offset.
    /// A UTC hour counts only when the window covers all of it, so half-hour zones round inward.
    /// </summary>
    public static WeeklyAvailability FromLocalWindows(IEnumerable<AvailabilityWindow> windows, TimeSpan standardOffset)
    {
        var result = Empty;
        var offsetMinutes = (int)standardOffset.TotalMinutes;
        foreach (var window in windows)
        {
            var localStart = (MondayBasedDay(window.Day) * AvailabilityWindow.MinutesPerDay) + window.StartMinute;
            var utcStart = Modulo(localStart - offsetMinutes, MinutesPerWeek);
            var length = window.EndMinute - window.StartMinute;
            var firstHour = (utcStart + 59) / 60;
            var lastHourExclusive = (utcStart + length) / 60;
            for (var hour = firstHour; hour < lastHourExclusive; hour++)
            {
                result = result.WithHour(hour % HoursPerWeek);
            }
        }

        return result;
    }

    private static int MondayBasedDay(DayOfWeek day) => ((int)day + 6) % 7;

    private static int Modulo(int value, int modulus) => ((value % modulus) + modulus) % modulus;
}
