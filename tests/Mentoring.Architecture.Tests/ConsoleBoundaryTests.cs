namespace Mentoring.Architecture.Tests;

/// <summary>
/// The web console is a client of the gateway's gRPC services, never a second path to the data: no page or service of
/// it uses a grain interface, a grain, Orleans, the hosting or the gateway's own types.
/// </summary>
public sealed class ConsoleBoundaryTests
{
    [Fact]
    public void No_type_in_the_console_uses_grain_interfaces_grains_Orleans_or_the_gateway() =>
        DependencyRule.NoTypeIn(
            ProductAssemblies.Load(ProductAssemblies.WebConsole),
            [ProductAssemblies.Abstractions, ProductAssemblies.Grains, ProductAssemblies.Storage, ProductAssemblies.Hosting, "Orleans", "Mentoring.Api."]);
}
