namespace Mentoring.Storage.Faults;

/// <summary>
/// A database fault stated in words, so that it crosses grain calls and silos whole: database exceptions have no Orleans
/// codec, and a caller would see a <c>CodecNotFoundException</c> instead. Whoever throws it logs the original.
/// </summary>
[GenerateSerializer]
public class StorageFaultException(string message) : Exception(message)
{
    /// <summary>The fault of <paramref name="what"/>, transient or not, as the type that says so; null when it is no storage fault.</summary>
    public static StorageFaultException? Translate(Exception exception, string what) =>
        !TransientStorageFaults.IsStorageFault(exception) ? null
        : TransientStorageFaults.IsTransient(exception) ? new TransientStorageFaultException($"{what} failed: {TransientStorageFaults.Innermost(exception).Message}")
        : new StorageFaultException($"{what} failed: {TransientStorageFaults.Innermost(exception).Message}");
}
