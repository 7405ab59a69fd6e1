namespace Mentoring.Architecture.Tests;

/// <summary>The model and the matching library are plain .NET: no Orleans, gRPC, ASP.NET Core or database type.</summary>
public sealed class PureLibraryTests
{
    private static readonly string[] Infrastructure =
    [
        "Orleans",
        "Grpc",
        "Microsoft.AspNetCore",
        "Npgsql",
        "Microsoft.Data.Sqlite",
        "System.Data",
    ];

    [Theory]
    [InlineData(ProductAssemblies.Domain)]
    [InlineData(ProductAssemblies.Matching)]
    public void The_library_uses_no_Orleans_gRPC_ASP_NET_Core_or_database_type(string assembly) =>
        DependencyRule.NoTypeIn(ProductAssemblies.Load(assembly), Infrastructure);
}
