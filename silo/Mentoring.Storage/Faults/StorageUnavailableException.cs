namespace Mentoring.Storage.Faults;

/// <summary>Storage kept failing transiently for longer than the retry budget; the message says for how long and why.</summary>
public sealed class StorageUnavailableException(string message, Exception inner) : Exception(message, inner);
