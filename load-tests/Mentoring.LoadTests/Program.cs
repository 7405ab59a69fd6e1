using System.Globalization;
using Mentoring.LoadTests;
using Mentoring.LoadTests.Cli;
using Mentoring.LoadTests.Echo;
using Mentoring.LoadTests.Scenarios;

switch (args)
{
    case ["echo-server", "--port", var port]:
        return await EchoServer.RunAsync(int.Parse(port, CultureInfo.InvariantCulture), addressFile: null);
    case ["echo-server", "--address-file", var addressFile]:
        return await EchoServer.RunAsync(0, addressFile);
    case ["cold-start", var assembly, .. var rest]:
        return await ColdStartScenario.RunAsync(assembly, rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 5);
}

HarnessOptions options;
try
{
    options = HarnessOptionsParser.Parse(args);
}
catch (Exception exception) when (exception is FormatException or ArgumentException or KeyNotFoundException or IndexOutOfRangeException)
{
    Console.Error.WriteLine($"error: {exception.Message}");
    Console.Error.WriteLine(HarnessOptionsParser.Usage);
    return 64;
}

using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupt.Cancel();
};

var result = await HarnessRun.RunAsync(options, "Mentoring.LoadTests " + string.Join(' ', args.Select(Quote)), Console.Out, interrupt.Token);
return result.Report.Failure is null && result.Report.Latencies.All(l => l.Measured.Requests == l.Measured.Succeeded && l.Measured.ErrorsByStatus.Count == 0) ? 0 : 1;

static string Quote(string argument) => argument.Contains(' ', StringComparison.Ordinal) || argument.Contains(';', StringComparison.Ordinal) ? $"\"{argument}\"" : argument;
