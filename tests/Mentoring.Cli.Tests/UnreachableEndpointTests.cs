using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Mentoring.Cli.Tests.Infrastructure;

namespace Mentoring.Cli.Tests;

/// <summary>A gateway that does not answer is reported in one line that names the address the tool tried.</summary>
public sealed class UnreachableEndpointTests
{
    [Fact]
    public async Task An_endpoint_nobody_listens_on_is_named_in_one_line()
    {
        var endpoint = $"http://127.0.0.1:{ClosedPort()}";

        var result = await CliRun.RunAsync(null, "programmes", "list", "--endpoint", endpoint, "--api-key", "mk.k0.unused");

        Assert.Equal(ExitCodes.Failed, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"Unavailable: cannot reach the gateway at {endpoint}: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("subchannel", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_json_the_unreachable_endpoint_is_the_errors_message()
    {
        var endpoint = $"http://127.0.0.1:{ClosedPort()}";

        var result = await CliRun.RunAsync(null, "programmes", "list", "--endpoint", endpoint, "-o", "json");

        Assert.Equal(ExitCodes.Failed, result.ExitCode);
        var error = JsonNode.Parse(result.Out)!["error"]!;
        Assert.Equal("Unavailable", (string?)error["code"]);
        Assert.StartsWith($"cannot reach the gateway at {endpoint}: ", (string?)error["message"], StringComparison.Ordinal);
    }

    /// <summary>A port that was free a moment ago; nothing in the test listens on it.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
