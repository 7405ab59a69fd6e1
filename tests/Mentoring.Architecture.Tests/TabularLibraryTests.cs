namespace Mentoring.Architecture.Tests;

/// <summary>
/// The participant file library is shared by the CLI and the web console: it reads and writes files, builds
/// mentoring.v1 messages and streams them through the API's own client (the one importer both use), and uses no
/// Orleans, gRPC server, ASP.NET Core, database or grain type.
/// </summary>
public sealed class TabularLibraryTests
{
    private static readonly string[] Forbidden =
    [
        "Orleans",
        "Grpc.AspNetCore",
        "Microsoft.AspNetCore",
        "Npgsql",
        "Microsoft.Data.Sqlite",
        "System.Data",
        "Mentoring.Abstractions",
        "Mentoring.Grains",
    ];

    [Fact]
    public void The_file_library_uses_no_Orleans_gRPC_server_ASP_NET_Core_database_or_grain_type() =>
        DependencyRule.NoTypeIn(ProductAssemblies.Load(ProductAssemblies.Tabular), Forbidden);
}
