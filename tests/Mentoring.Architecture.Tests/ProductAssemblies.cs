using System.Reflection;

namespace Mentoring.Architecture.Tests;

/// <summary>The assemblies the product ships, loaded by name from the test's output folder.</summary>
public static class ProductAssemblies
{
    public const string Domain = "Mentoring.Domain";
    public const string Matching = "Mentoring.Matching";
    public const string Abstractions = "Mentoring.Abstractions";
    public const string Grains = "Mentoring.Grains";
    public const string Storage = "Mentoring.Storage";
    public const string Hosting = "Mentoring.Hosting";
    public const string Silo = "Mentoring.Silo";
    public const string Contracts = "Mentoring.Contracts";
    public const string Reports = "Mentoring.Reports";
    public const string Api = "Mentoring.Api";
    public const string WebConsole = "Mentoring.WebConsole";
    public const string Offline = "mentoring-offline";
    public const string Cli = "mentoring";
    public const string Tabular = "Mentoring.Tabular";

    public static IReadOnlyList<string> All { get; } =
        [Domain, Matching, Abstractions, Grains, Storage, Hosting, Silo, Contracts, Reports, Api, WebConsole, Offline, Cli, Tabular];

    public static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));
}
