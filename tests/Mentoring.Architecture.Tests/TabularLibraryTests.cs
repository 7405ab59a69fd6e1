namespace Mentoring.Architecture.Tests;

/// <summary>
/// The participant file library is shared by the CLI and the web console: it reads and writes files and builds
/// mentoring.v1 messages, and uses no Orleans, gRPC, ASP.NET Core, database or grain type.
/// </summary>
public sealed class TabularLibraryTests
{
    private static readonly string[] Forbidden =
    [
        "Orleans",
        "Grpc",
        "Microsoft.AspNetCore",
        "Npgsql",
        "Microsoft.Data.Sqlite",
        "System.Data",
        "Mentoring.Abstractions",
        "Mentoring.Grains",
    ];

    [Fact]
    public void The_file_library_uses_no_Orleans_gRPC_ASP_NET_Core_database_or_grain_type() =>
        DependencyRule.NoTypeIn(ProductAssemblies.Load(ProductAssemblies.Tabular), Forbidden);
}
