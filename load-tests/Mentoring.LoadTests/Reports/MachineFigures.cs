using System.Globalization;
using System.Runtime.InteropServices;

namespace Mentoring.LoadTests.Reports;

/// <summary>The machine a run used, with its load average at the start and the end (other work on the same cores shows here).</summary>
public sealed record MachineFigures(int Cores, string Os, string Runtime, string LoadAverageAtStart, string? LoadAverageAtEnd)
{
    public static MachineFigures Now() =>
        new(Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, LoadAverage(), null);

    public static string LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(" ", fields.Take(3).Select(f => double.Parse(f, CultureInfo.InvariantCulture).ToString("F2", CultureInfo.InvariantCulture)));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
