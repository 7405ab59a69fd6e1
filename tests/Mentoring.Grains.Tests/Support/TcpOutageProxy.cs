using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Mentoring.Grains.Tests.Support;

/// <summary>
/// A TCP relay in front of the database: while it is stopped, every open connection is cut and new ones are refused,
/// which is what silos see during a storage outage. It listens on the same port again when started.
/// </summary>
public sealed class TcpOutageProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<Socket, byte> _open = new();
    private readonly ConcurrentBag<Task> _relays = [];
    private TcpListener? _listener;
    private Task _accepting = Task.CompletedTask;

    public TcpOutageProxy(IPEndPoint target)
    {
        _target = target;
        Listen(0);
        Port = ((IPEndPoint)_listener!.LocalEndpoint).Port;
    }

    public int Port { get; }

    public void Start() => Listen(Port);

    public async Task StopAsync()
    {
        _listener?.Stop();
        _listener = null;
        await _accepting;
        foreach (var socket in _open.Keys)
        {
            socket.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Task.WhenAll(_relays);
    }

    private void Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        _accepting = AcceptAsync(listener);
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync();
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _relays.Add(RelayAsync(client));
        }
    }

    // Ends when either side closes or the outage cuts it; a cut connection is the point, so its errors are expected.
    private async Task RelayAsync(Socket client)
    {
        using var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
        _open[client] = 0;
        _open[server] = 0;
        try
        {
            await server.ConnectAsync(_target);
            await using var toServer = new NetworkStream(server, ownsSocket: false);
            await using var toClient = new NetworkStream(client, ownsSocket: false);
            var up = toClient.CopyToAsync(toServer);
            var down = toServer.CopyToAsync(toClient);
            await Task.WhenAny(up, down);
            client.Dispose();
            server.Dispose();
            await Task.WhenAll(up, down);
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException)
        {
        }
        finally
        {
            client.Dispose();
            _open.TryRemove(client, out _);
            _open.TryRemove(server, out _);
        }
    }
}
