namespace Mentoring.Storage.Faults;

/// <summary>A <see cref="StorageFaultException"/> that passes on its own (a dropped connection, a restart, a timeout): worth repeating.</summary>
[GenerateSerializer]
public sealed class TransientStorageFaultException(string message) : StorageFaultException(message);
