using System.Text.Json;

namespace Mentoring.LoadTests.Processes;

/// <summary>
/// Ports of the processes the harness starts. Their HTTP addresses are bound to port 0 by the processes themselves,
/// which report what they got (<see cref="ReadAddressesAsync"/>); Orleans silo and gateway ports, which cannot be 0,
/// are reserved machine-wide below the ephemeral range (tests/Mentoring.Testing/PortReservations.cs, compiled in here).
/// </summary>
public static class LoopbackPorts
{
    /// <summary>An Orleans port no other harness or test process on this machine gets while this process runs.</summary>
    public static int Reserve() => Mentoring.Testing.PortReservations.Next();

    /// <summary>
    /// Waits for the file a gateway or silo writes once started (<c>Mentoring:Operations:AddressesFile</c>) and returns
    /// its own addresses (gRPC on a gateway), its operations addresses and its web addresses (a gateway's console and REST).
    /// </summary>
    public static async Task<(IReadOnlyList<string> Urls, IReadOnlyList<string> Operations, IReadOnlyList<string> Web)> ReadAddressesAsync(
        string path, Func<bool> exited, TimeSpan timeout, CancellationToken ct)
    {
        await WaitForFileAsync(path, exited, timeout, ct);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path, ct));
        return (Strings("urls"), Strings("operations"), Strings("web"));

        IReadOnlyList<string> Strings(string name) =>
            json.RootElement.TryGetProperty(name, out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : [];
    }

    /// <summary>The address a bare port-0 server (the echo server) wrote to its address file.</summary>
    public static async Task<string> ReadAddressAsync(string path, Func<bool> exited, TimeSpan timeout, CancellationToken ct)
    {
        await WaitForFileAsync(path, exited, timeout, ct);
        return (await File.ReadAllTextAsync(path, ct)).Trim();
    }

    /// <summary>Accepts only plaintext gRPC addresses on 127.0.0.1, so a scenario can never be pointed at another machine.</summary>
    public static bool IsLoopbackTarget(string target) =>
        Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme == "http" && uri.Host == "127.0.0.1" && uri.AbsolutePath == "/";

    // The processes write the file whole and rename it into place, so once it exists it is complete.
    private static async Task WaitForFileAsync(string path, Func<bool> exited, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!File.Exists(path))
        {
            if (exited())
            {
                throw new InvalidOperationException($"the process exited before it wrote {path}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{path} not written after {timeout}");
            }

            await Task.Delay(50, ct);
        }
    }
}
