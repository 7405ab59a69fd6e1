namespace Mentoring.WebConsole.Tests.Infrastructure;

/// <summary>Every console test class shares one gateway and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "Console";
}
