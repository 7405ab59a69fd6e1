using Mentoring.GcEvents;

// Usage: Mentoring.GcEvents <capture.nettrace> [top allocation rows, default 15]
// The capture: dotnet-trace collect -p <pid> --clrevents gc --clreventlevel verbose -o <capture.nettrace>
if (args.Length is < 1 or > 2 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Mentoring.GcEvents <capture.nettrace> [rows]  (capture with: dotnet-trace collect -p PID --clrevents gc --clreventlevel verbose)");
    return 2;
}

var rows = args.Length == 2 && int.TryParse(args[1], out var n) && n > 0 ? n : 15;
try
{
    Console.Write(GcSummary.Read(args[0]).Format(rows));
    return 0;
}
catch (Exception exception) when (exception is FormatException or InvalidOperationException or IOException)
{
    Console.Error.WriteLine($"{args[0]}: not a complete EventPipe capture ({exception.Message})");
    return 1;
}
