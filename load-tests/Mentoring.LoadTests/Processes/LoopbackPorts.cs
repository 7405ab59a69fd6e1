using System.Net;
using System.Net.Sockets;

namespace Mentoring.LoadTests.Processes;

/// <summary>Unused ports on 127.0.0.1, the only address the harness ever targets.</summary>
public static class LoopbackPorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Accepts only plaintext gRPC addresses on 127.0.0.1, so a scenario can never be pointed at another machine.</summary>
    public static bool IsLoopbackTarget(string target) =>
        Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme == "http" && uri.Host == "127.0.0.1" && uri.AbsolutePath == "/";
}
