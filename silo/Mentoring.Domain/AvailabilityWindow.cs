namespace Mentoring.Domain;

/// <summary>
/// A weekly window in the participant's local time: minutes since local midnight,
/// start inclusive, end exclusive, end at most 1440.
/// </summary>
public sealed record AvailabilityWindow(DayOfWeek Day, int StartMinute, int EndMinute)
{
    public const int MinutesPerDay = 24 * 60;
}
