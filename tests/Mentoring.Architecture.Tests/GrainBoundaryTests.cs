namespace Mentoring.Architecture.Tests;

/// <summary>The grains know nothing of the API: neither the gateway's types nor the mentoring.v1 messages.</summary>
public sealed class GrainBoundaryTests
{
    [Fact]
    public void No_grain_type_uses_the_gateway_or_the_contracts() =>
        DependencyRule.NoTypeIn(ProductAssemblies.Load(ProductAssemblies.Grains), [ProductAssemblies.Api, ProductAssemblies.Contracts]);
}
