using Mentoring.Hosting;
using Microsoft.AspNetCore.Hosting.Server;

namespace Mentoring.Api.Web;

/// <summary>
/// Where this gateway's own gRPC address can be reached from inside the process, for the web console's channel: the first
/// bound address of <c>Urls</c>, with a wildcard host ("0.0.0.0", "[::]", "*", "+") replaced by the loopback address.
/// </summary>
public static class OwnGrpcAddress
{
    public static Uri Resolve(IServiceProvider services)
    {
        var server = services.GetRequiredService<IServer>();
        var own = services.GetRequiredService<ListeningAddresses>().Split(server).Own;
        if (own.Count == 0)
        {
            throw new InvalidOperationException("The gateway has not bound its gRPC address yet.");
        }

        var address = own[0].Replace("://+:", "://127.0.0.1:", StringComparison.Ordinal).Replace("://*:", "://127.0.0.1:", StringComparison.Ordinal);
        var uri = new UriBuilder(address);
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = uri.Host == "0.0.0.0" ? "127.0.0.1" : "[::1]";
        }

        return uri.Uri;
    }
}
