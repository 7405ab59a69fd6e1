using Mentoring.Hosting;
using Microsoft.AspNetCore.Hosting.Server;

namespace Mentoring.Api.Web;

/// <summary>
/// Where this gateway's own addresses can be reached from inside the process, for the web console: gRPC (the first bound
/// address of <c>Urls</c>) and the web address (the round report), with a wildcard host replaced by the loopback address.
/// </summary>
public static class OwnAddresses
{
    public static Uri Grpc(IServiceProvider services) => Loopback(First(services, split => split.Own, "gRPC"));

    public static Uri Web(IServiceProvider services) => Loopback(First(services, split => split.Web, "web"));

    private static string First(
        IServiceProvider services,
        Func<(IReadOnlyList<string> Own, IReadOnlyList<string> Operations, IReadOnlyList<string> Web), IReadOnlyList<string>> pick,
        string what)
    {
        var split = services.GetRequiredService<ListeningAddresses>().Split(services.GetRequiredService<IServer>());
        return pick(split) is [var first, ..] ? first : throw new InvalidOperationException($"The gateway has no {what} address bound.");
    }

    private static Uri Loopback(string address)
    {
        var uri = new UriBuilder(address.Replace("://+:", "://0.0.0.0:", StringComparison.Ordinal).Replace("://*:", "://0.0.0.0:", StringComparison.Ordinal));
        uri.Host = uri.Host switch
        {
            "0.0.0.0" => "127.0.0.1",
            "[::]" or "::" => "[::1]",
            var host => host,
        };
        return uri.Uri;
    }
}
