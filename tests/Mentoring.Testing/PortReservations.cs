using System.Net;
using System.Net.Sockets;

namespace Mentoring.Testing;

/// <summary>
/// Loopback ports for Orleans silo and gateway endpoints, which cannot be bound to port 0: a silo's address is part of
/// its identity, known before it binds (Orleans refuses <c>SiloPort = 0</c>). A port is handed out at most once per
/// machine while the process that reserved it lives, so two tests, even in different test processes, never get the
/// same one, and it is drawn from below the kernel's ephemeral range, which port-0 binds and outgoing connections
/// use, so no other socket takes it between the reservation and the child's bind.
/// </summary>
/// <remarks>
/// Each reservation is an exclusive lock on a file named after the port in a shared folder, held until the process
/// exits (the system drops the lock even when it is killed). Also compiled into the load-test harness, which starts
/// silos the same way.
/// </remarks>
internal static class PortReservations
{
    private static readonly object Gate = new();
    private static readonly Dictionary<int, FileStream> Held = [];
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "mentoring-reserved-ports");

    public static int Next()
    {
        var (low, high) = Window();
        lock (Gate)
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var port = Random.Shared.Next(low, high + 1);
                if (!Held.ContainsKey(port) && TryLock(port, out var lockFile))
                {
                    if (IsFree(port))
                    {
                        Held.Add(port, lockFile);
                        return port;
                    }

                    lockFile.Dispose();
                }
            }
        }

        throw new InvalidOperationException($"No free loopback port between {low} and {high} after 1000 attempts.");
    }

    // Ports below the ephemeral range (Linux: /proc/sys/net/ipv4/ip_local_port_range, usually 32768-60999).
    private static (int Low, int High) Window()
    {
        var ephemeralLow = 32768;
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        if (File.Exists(range)
            && File.ReadAllText(range).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is [var first, ..]
            && int.TryParse(first, out var parsed))
        {
            ephemeralLow = parsed;
        }

        return ephemeralLow > 12000 ? (ephemeralLow - 10000, ephemeralLow - 1) : (61000, 65000);
    }

    private static bool TryLock(int port, out FileStream lockFile)
    {
        lockFile = null!;
        try
        {
            if (!Directory.Exists(Folder))
            {
                Directory.CreateDirectory(Folder);
                if (!OperatingSystem.IsWindows())
                {
                    // Shared by every user's test runs on the machine.
                    File.SetUnixFileMode(Folder, (UnixFileMode)Convert.ToInt32("1777", 8));
                }
            }

            // FileShare.None takes an exclusive advisory lock (flock) that other processes' attempts fail on.
            lockFile = new FileStream(Path.Combine(Folder, $"{port}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // Something outside the tests (a developer's server) may listen there already.
    private static bool IsFree(int port)
    {
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
