using System.Reflection;
using NetArchTest.Rules;

namespace Mentoring.Architecture.Tests;

/// <summary>Asserts that no type of an assembly depends on any of the given namespaces or types.</summary>
public static class DependencyRule
{
    /// <param name="forbidden">Namespaces or full type names; a namespace covers everything below it.</param>
    public static void NoTypeIn(Assembly assembly, IEnumerable<string> forbidden)
    {
        var types = Types.InAssembly(assembly);

        // A rule over no types would pass whatever the code says.
        Assert.NotEmpty(types.GetTypes());

        var names = forbidden.ToArray();
        var result = types.ShouldNot().HaveDependencyOnAny(names).GetResult();
        Assert.True(
            result.IsSuccessful,
            $"{assembly.GetName().Name}: these types use one of {string.Join(", ", names)}:\n  "
            + string.Join("\n  ", result.FailingTypeNames ?? []));
    }
}
