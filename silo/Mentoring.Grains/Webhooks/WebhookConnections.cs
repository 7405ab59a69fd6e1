using System.Net;
using System.Net.Sockets;
using Mentoring.Domain.Webhooks;

namespace Mentoring.Grains.Webhooks;

/// <summary>
/// Opens the TCP connections of webhook requests (the handler's ConnectCallback): the host is resolved here, every
/// address is checked, and the address actually connected is checked again, so a name that resolves to a public address
/// at registration and to a private one later (DNS rebinding) is still refused.
/// </summary>
public sealed class WebhookConnections(WebhookUrlRules rules)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (rules.AddressProblem(addresses) is { } problem)
        {
            throw new HttpRequestException($"The webhook host {host} was refused: it {problem.Replace("must not", "may not", StringComparison.Ordinal)}.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            if (socket.RemoteEndPoint is not IPEndPoint connected || rules.AddressProblem([connected.Address]) is not null)
            {
                throw new HttpRequestException($"The webhook host {host} was refused: it connected to a non-public address.");
            }

            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
