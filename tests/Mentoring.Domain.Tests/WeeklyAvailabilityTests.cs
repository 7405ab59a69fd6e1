using Mentoring.Domain;

namespace Mentoring.Domain.Tests;

public sealed class WeeklyAvailabilityTests
{
    private static int[] Hours(WeeklyAvailability week) => [.. Enumerable.Range(0, WeeklyAvailability.HoursPerWeek).Where(week.IsSet)];

    private static WeeklyAvailability Local(string zone, DayOfWeek day, int startMinute, int endMinute) =>
        WeeklyAvailability.FromLocalWindows([new AvailabilityWindow(day, startMinute, endMinute)], TimeZones.StandardOffset(zone));

    [Fact]
    public void Berlin_monday_morning_becomes_utc_hours_8_and_9()
    {
        Assert.Equal([8, 9], Hours(Local("Europe/Berlin", DayOfWeek.Monday, 9 * 60, 11 * 60)));
    }

    [Fact]
    public void Half_hour_zone_rounds_inward_to_whole_utc_hours()
    {
        // Kolkata is +05:30: 09:00-11:00 local is 03:30-05:30 UTC, which fully covers only 04:00-05:00.
        Assert.Equal([4], Hours(Local("Asia/Kolkata", DayOfWeek.Monday, 9 * 60, 11 * 60)));
    }

    [Fact]
    public void Window_shorter_than_a_whole_utc_hour_is_empty()
    {
        Assert.Equal([], Hours(Local("Asia/Kolkata", DayOfWeek.Monday, 9 * 60, 10 * 60)));
    }

    [Fact]
    public void Monday_early_in_a_zone_ahead_of_utc_wraps_to_sunday_night()
    {
        Assert.Equal([0, 167], Hours(Local("Europe/Berlin", DayOfWeek.Monday, 0, 2 * 60)));
    }

    [Fact]
    public void Sunday_late_in_a_zone_behind_utc_wraps_to_monday_morning()
    {
        Assert.Equal([3, 4], Hours(Local("America/New_York", DayOfWeek.Sunday, 22 * 60, 24 * 60)));
    }

    [Fact]
    public void Summer_time_is_ignored_so_july_and_january_give_the_same_bitmap()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var january = zone.GetUtcOffset(new DateTime(2025, 1, 13, 9, 0, 0, DateTimeKind.Unspecified));
        var july = zone.GetUtcOffset(new DateTime(2025, 7, 14, 9, 0, 0, DateTimeKind.Unspecified));
        AvailabilityWindow[] window = [new(DayOfWeek.Monday, 9 * 60, 11 * 60)];

        var standard = WeeklyAvailability.FromLocalWindows(window, TimeZones.StandardOffset("Europe/Berlin"));

        Assert.NotEqual(january, july);
        Assert.Equal(WeeklyAvailability.FromLocalWindows(window, january), standard);
        Assert.NotEqual(WeeklyAvailability.FromLocalWindows(window, july), standard);
    }

    [Fact]
    public void Overlap_counts_shared_hours()
    {
        var berlin = Local("Europe/Berlin", DayOfWeek.Monday, 9 * 60, 11 * 60);
        var london = Local("Europe/London", DayOfWeek.Monday, 9 * 60, 12 * 60);
        Assert.Equal(1, berlin.OverlapHours(london));
    }
}
