namespace Mentoring.Contracts.Mapping;

/// <summary>Local "HH:MM" times of day as minutes since midnight; "24:00" is the end of the day.</summary>
public static class ClockTimes
{
    public static bool TryParse(string? text, out int minutes)
    {
        minutes = -1;
        if (text is not { Length: 5 } || text[2] != ':'
            || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1])
            || !char.IsAsciiDigit(text[3]) || !char.IsAsciiDigit(text[4]))
        {
            return false;
        }

        var hours = ((text[0] - '0') * 10) + (text[1] - '0');
        var mins = ((text[3] - '0') * 10) + (text[4] - '0');
        if (mins > 59 || hours > 24 || (hours == 24 && mins != 0))
        {
            return false;
        }

        minutes = (hours * 60) + mins;
        return true;
    }

    public static string Format(int minutes) => $"{minutes / 60:D2}:{minutes % 60:D2}";
}
