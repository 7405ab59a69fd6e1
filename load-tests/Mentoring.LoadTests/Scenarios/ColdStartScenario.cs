using System.Diagnostics;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Mentoring.LoadTests.Processes;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>Starts the built gateway on the embedded default in a fresh data folder and times it until health says SERVING.</summary>
public static class ColdStartScenario
{
    public static async Task<int> RunAsync(string gatewayAssembly, int runs)
    {
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var data = Path.Combine(Path.GetTempPath(), "mentoring-coldstart-" + Guid.NewGuid().ToString("N"));
            var addressesFile = Path.Combine(data, "addresses.json");

            // HTTP addresses on port 0, bound by the gateway itself; Orleans ports reserved (they cannot be 0).
            var info = new ProcessStartInfo("dotnet", [gatewayAssembly, "--Urls=http://127.0.0.1:0", $"--Mentoring:DataDirectory={data}",
                $"--Mentoring:Cluster:SiloPort={LoopbackPorts.Reserve()}", $"--Mentoring:Cluster:GatewayPort={LoopbackPorts.Reserve()}",
                "--Mentoring:Operations:Urls=http://127.0.0.1:0", "--Mentoring:Web:Urls=http://127.0.0.1:0",
                $"--Mentoring:Operations:AddressesFile={addressesFile}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(info)!;
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var (urls, _, _) = await LoopbackPorts.ReadAddressesAsync(addressesFile, () => process.HasExited, TimeSpan.FromSeconds(60), CancellationToken.None);
            await WaitServingAsync(urls.Single());
            times.Add(clock.Elapsed.TotalMilliseconds);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(data, recursive: true);
        }

        times.Sort();
        Console.WriteLine($"cold start to SERVING over {runs} runs: min {times[0]:F0} ms, median {times[times.Count / 2]:F0} ms, max {times[^1]:F0} ms");
        return 0;
    }

    private static async Task WaitServingAsync(string address)
    {
        using var channel = GrpcChannel.ForAddress(address);
        var health = new Health.HealthClient(channel);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var reply = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(2));
                if (reply.Status == HealthCheckResponse.Types.ServingStatus.Serving)
                {
                    return;
                }
            }
            catch (RpcException)
            {
                // Still starting.
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The gateway did not become healthy within 60 s.");
    }
}
