namespace Mentoring.Storage.Faults;

/// <summary>
/// Storage failed and the caller should try again later: it kept failing transiently for longer than the retry budget,
/// or a participant row could not be read or written; the message says why. It holds no inner exception, so that it
/// crosses silos whole (database exceptions have no Orleans codec); whoever throws it logs the fault.
/// </summary>
[GenerateSerializer]
public sealed class StorageUnavailableException(string message) : Exception(message);
