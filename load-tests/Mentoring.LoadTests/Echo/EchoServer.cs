using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mentoring.LoadTests.Echo;

/// <summary>A minimal Kestrel gRPC server on 127.0.0.1 (plaintext HTTP/2, like the gateway) serving only <see cref="EchoService"/>.</summary>
public static class EchoServer
{
    /// <summary>Serves on <paramref name="port"/> (0: one the system picks) and, if given, writes the bound address to <paramref name="addressFile"/>.</summary>
    public static async Task<int> RunAsync(int port, string? addressFile)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var app = builder.Build();
        app.MapGrpcService<EchoService>();
        await app.StartAsync();
        if (addressFile is not null)
        {
            // Written whole, then renamed, so the harness never reads half an address.
            await File.WriteAllTextAsync(addressFile + ".tmp", app.Urls.Single());
            File.Move(addressFile + ".tmp", addressFile, overwrite: true);
        }

        await app.WaitForShutdownAsync();
        return 0;
    }
}
