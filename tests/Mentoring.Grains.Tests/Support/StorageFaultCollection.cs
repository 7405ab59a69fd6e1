namespace Mentoring.Grains.Tests.Support;

/// <summary>
/// The classes that end database connections on purpose run one at a time: a fault makes the silo clear every Npgsql
/// pool of the process (TransientStorageFaults.ForgetPooledConnections), and the in-process silos of another fault
/// test would then meet fresh connections instead of the dead ones it arranged.
/// </summary>
[CollectionDefinition(Name)]
public sealed class StorageFaultCollection
{
    public const string Name = "Storage faults";
}
