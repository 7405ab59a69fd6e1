using Grpc.Net.Client;

namespace Mentoring.WebConsole.Gateway;

/// <summary>
/// The one channel from the console to the gateway's own gRPC address, opened on first use because the address is
/// known only once Kestrel has bound it (port 0). Credentials travel per call (<see cref="ConsoleSession"/>).
/// </summary>
public sealed class GatewayChannel(Func<Uri> address) : IDisposable
{
    private readonly Lazy<GrpcChannel> _channel = new(() => GrpcChannel.ForAddress(address()));

    public GrpcChannel Channel => _channel.Value;

    public void Dispose()
    {
        if (_channel.IsValueCreated)
        {
            _channel.Value.Dispose();
        }
    }
}
