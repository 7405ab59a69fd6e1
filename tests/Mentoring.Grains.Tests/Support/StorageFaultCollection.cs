namespace Mentoring.Grains.Tests.Support;

/// <summary>
/// The classes that end database connections on purpose run one at a time and with no other test class beside them:
/// a storage fault makes a silo clear every Npgsql pool of the process (TransientStorageFaults.ForgetPooledConnections),
/// so a fault met by any other class's in-process silos (a fixture dropping its database while its cluster stops, say)
/// would take away the dead connections a fault test arranged, and its round would meet fresh ones instead
/// (StorageFaultRoundTests failed "the round met no fault" once in a full run with the other classes in parallel).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StorageFaultCollection
{
    public const string Name = "Storage faults";
}
