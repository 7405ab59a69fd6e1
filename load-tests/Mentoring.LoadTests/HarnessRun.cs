using Grpc.Core;
using Grpc.Net.Client;
using Mentoring.LoadTests.Cli;
using Mentoring.LoadTests.Echo;
using Mentoring.LoadTests.Processes;
using Mentoring.LoadTests.Receivers;
using Mentoring.LoadTests.Reports;
using Mentoring.LoadTests.Scenarios;

namespace Mentoring.LoadTests;

/// <summary>
/// One run: starts the echo baseline server and the server topology as processes, samples their memory, runs one
/// scenario, and writes report.json and report.md. Everything it started is stopped again, whatever happens.
/// </summary>
public static class HarnessRun
{
    public static readonly string[] Scenarios = ["import", "round", "recommend", "mixed", "soak", "console", "webhooks", "mail"];

    public sealed record Result(RunReport Report, string JsonPath, string MarkdownPath, string Directory);

    public static async Task<Result> RunAsync(HarnessOptions options, string command, TextWriter log, CancellationToken ct)
    {
        if (!Scenarios.Contains(options.Scenario))
        {
            throw new FormatException($"unknown scenario '{options.Scenario}'; one of {string.Join(", ", Scenarios)}");
        }

        var directory = Path.GetFullPath(options.OutputDirectory
            ?? Path.Combine("load-test-results", $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{options.Scenario}"));
        Directory.CreateDirectory(directory);
        var report = new RunReport
        {
            Scenario = options.Scenario,
            Command = command,
            StartedUtc = DateTimeOffset.UtcNow,
            Topology = options.Topology.ToString(),
            Target = "",
            Parameters = Parameters(options),
            Machine = MachineFigures.Now(),
        };

        await using var memory = new MemoryProbe(TimeSpan.FromSeconds(1));
        memory.Track("harness (load generator, in-process baseline)", Environment.ProcessId);
        await using var echo = await StartEchoServerAsync(directory, memory, ct);
        // The mail scenario's SMTP server comes first: the processes the harness starts are pointed at it.
        await using var smtp = options.Scenario == "mail" ? await SmtpSink.StartAsync(options.SmtpPort, ct) : null;
        if (smtp is not null)
        {
            memory.Track("smtp-sink (aiosmtpd)", smtp.ProcessId);
        }

        await using var topology = await ServerTopology.StartAsync(options, memory, directory, ct, ServerSettings(options, smtp));
        report.Topology = topology.Description;
        report.Target = topology.Target;
        log.WriteLine($"{options.Scenario}: {topology.Description} at {topology.Target}; echo baseline at {echo.Target}; reports in {directory}");

        using var context = new ScenarioContext(options, topology.Target, echo.Target, report, memory, log)
        {
            WebAddress = topology.WebAddress,
            Smtp = smtp,
            Topology = topology,
        };
        try
        {
            await RunScenarioAsync(context, ct);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Keep what was measured and say why the run ended; the processes' logs are next to the report.
            report.Failure = $"{exception.GetType().Name}: {exception.Message}";
            log.WriteLine($"scenario failed: {exception}");
        }

        report.Processes.AddRange(memory.Snapshot().Select(t => new ProcessMemoryFigures(
            t.Name, t.Pid, Mb(t.PeakRssBytes), Mb(t.FirstRssBytes), Mb(t.LastRssBytes), t.Samples)));
        if (context.CheckServerMemoryTarget)
        {
            IssueTargets.ServerMemory(report, topology.Processes.Select(p => p.Name));
        }

        report.FinishedUtc = DateTimeOffset.UtcNow;
        report.Machine = report.Machine with { LoadAverageAtEnd = MachineFigures.LoadAverage() };
        var (json, markdown) = ReportWriter.Write(report, directory);
        log.WriteLine($"reports: {markdown} and {json}");
        return new Result(report, json, markdown, directory);
    }

    private static Task RunScenarioAsync(ScenarioContext context, CancellationToken ct) => context.Options.Scenario switch
    {
        "import" => ImportScenario.RunAsync(context, ct),
        "round" => RoundScenario.RunAsync(context, ct),
        "recommend" => RecommendScenario.RunAsync(context, ct),
        "mixed" => MixedScenario.RunAsync(context, ct),
        "console" => ConsoleScenario.RunAsync(context, ct),
        "webhooks" => WebhookScenario.RunAsync(context, ct),
        "mail" => MailScenario.RunAsync(context, ct),
        _ => SoakScenario.RunAsync(context, ct),
    };

    private static Dictionary<string, string> Parameters(HarnessOptions o)
    {
        var all = new Dictionary<string, string>
        {
            ["seed"] = $"{o.Seed}",
            ["import batch / streams"] = $"{o.ImportBatch} / {o.ImportStreams}",
        };
        switch (o.Scenario)
        {
            case "import":
                all["participants"] = $"{o.Participants}";
                break;
            case "round":
                all["mentees x mentors"] = $"{o.Mentees} x {o.Mentors}";
                break;
            case "webhooks":
                all["mentees x mentors"] = $"{o.Mentees} x {o.Mentors}";
                all["participant changes per s"] = $"{o.EventRate}";
                all["seconds"] = $"{o.EventSeconds}";
                all["drain seconds"] = $"{o.DrainSeconds}";
                all["tenant"] = o.Tenant;
                break;
            case "mail":
                all["mentees x mentors"] = $"{o.Mentees} x {o.Mentors}";
                all["restart a silo at"] = o.RestartSiloAt is { } f ? $"{f:P0} of the messages" : "no restart";
                all["drain seconds (without a new message)"] = $"{o.DrainSeconds}";
                break;
            default:
                all["mentees x mentors"] = $"{o.Mentees} x {o.Mentors}";
                all["recommendations per s"] = $"{o.Rate}";
                all["profile updates per s"] = $"{o.UpdateRate}";
                all["seconds"] = $"{o.Seconds}";
                all["echo baseline seconds"] = $"{Math.Min(o.BaselineSeconds, o.Seconds)}";
                if (o.Scenario == "soak")
                {
                    all["round every s"] = $"{o.RoundEverySeconds}";
                }

                break;
        }

        return all;
    }

    /// <summary>What a scenario needs on every process the harness starts: SMTP to the sink, webhooks to a loopback receiver.</summary>
    private static Dictionary<string, string> ServerSettings(HarnessOptions options, SmtpSink? smtp)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (options.Scenario == "webhooks")
        {
            settings["Mentoring:Webhooks:AllowPrivateAddresses"] = "true";
        }

        if (smtp is not null)
        {
            settings["Mentoring:Mail:Smtp:Host"] = "127.0.0.1";
            settings["Mentoring:Mail:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Mentoring:Mail:Smtp:UseTls"] = "false";
            settings["Mentoring:Mail:Smtp:From"] = "Mentoring load test <mentoring@load.test>";
        }

        return settings;
    }

    private static async Task<EchoProcess> StartEchoServerAsync(string directory, MemoryProbe memory, CancellationToken ct)
    {
        // The echo server binds port 0 itself and writes the address it got, so no other socket can take the port first.
        var addressFile = Path.Combine(Path.GetFullPath(directory), "echo-server.address");
        var process = ChildProcess.Start("echo-server", HarnessAssembly(), ["echo-server", "--address-file", addressFile], directory);
        EchoProcess echo;
        try
        {
            echo = new EchoProcess(process, await LoopbackPorts.ReadAddressAsync(addressFile, () => process.HasExited, TimeSpan.FromSeconds(60), ct));
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
        {
            var tail = process.Tail();
            await process.DisposeAsync();
            throw new InvalidOperationException($"the echo server: {exception.Message}:\n{tail}", exception);
        }

        try
        {
            await echo.WaitUntilAnsweringAsync(ct);
        }
        catch
        {
            await echo.DisposeAsync();
            throw;
        }

        memory.Track(process.Name, process.Id);
        return echo;
    }

    // Test runners copy this assembly without its runtimeconfig; then the build output in the repository is started.
    private static string HarnessAssembly()
    {
        var own = typeof(HarnessRun).Assembly.Location;
        return File.Exists(Path.ChangeExtension(own, ".runtimeconfig.json")) ? own : BuildOutputs.Assembly("load-tests/Mentoring.LoadTests");
    }

    private static double Mb(long bytes) => Math.Round(bytes / (1024.0 * 1024), 1);

    private sealed class EchoProcess(ChildProcess process, string target) : IAsyncDisposable
    {
        public string Target { get; } = target;

        public async Task WaitUntilAnsweringAsync(CancellationToken ct)
        {
            using var channel = GrpcChannel.ForAddress(Target);
            var client = new Echo.Echo.EchoClient(channel);
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"the echo server exited:\n{process.Tail()}");
                }

                try
                {
                    await client.EchoAsync(new EchoRequest(), deadline: DateTime.UtcNow.AddSeconds(2), cancellationToken: ct);
                    return;
                }
                catch (RpcException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100, ct);
                }
            }
        }

        public ValueTask DisposeAsync() => process.DisposeAsync();
    }
}
