namespace Mentoring.Storage.Faults;

/// <summary>
/// Storage kept failing transiently for longer than the retry budget; the message says for how long and why. It holds
/// no inner exception, so that it crosses silos whole (database exceptions have no Orleans codec); the retry logs the fault.
/// </summary>
public sealed class StorageUnavailableException(string message) : Exception(message);
