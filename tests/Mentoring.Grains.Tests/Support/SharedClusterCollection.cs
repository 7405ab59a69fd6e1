namespace Mentoring.Grains.Tests.Support;

/// <summary>Test classes that only create their own programmes share one three-silo cluster.</summary>
[CollectionDefinition(Name)]
public sealed class SharedClusterCollection : ICollectionFixture<PostgresClusterFixture>
{
    public const string Name = "Shared PostgreSQL cluster";
}
