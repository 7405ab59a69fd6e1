namespace Mentoring.Architecture.Tests;

/// <summary>
/// The gateway reaches the grains only through their interfaces in Mentoring.Abstractions. It may reference
/// Mentoring.Grains to co-host a silo; what it may not do is use a type from it.
/// </summary>
public sealed class GatewayBoundaryTests
{
    [Fact]
    public void No_type_in_the_gateway_uses_a_type_from_Mentoring_Grains() =>
        DependencyRule.NoTypeIn(ProductAssemblies.Load(ProductAssemblies.Api), [ProductAssemblies.Grains]);
}
