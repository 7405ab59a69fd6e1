using Mentoring.Abstractions;

namespace Mentoring.Api.Errors;

/// <summary>Turns a grain's <see cref="WriteStatus"/> into the matching gRPC error, or returns the stored resource.</summary>
internal static class WriteStatusCheck
{
    public static TSnapshot Succeeded<TSnapshot>(WriteResult<TSnapshot> result, string resourceName)
        where TSnapshot : class
    {
        Succeeded(result.Status, resourceName);
        return result.Snapshot ?? throw new InvalidOperationException($"A successful write of {resourceName} returned no snapshot.");
    }

    public static void Succeeded(WriteStatus status, string resourceName)
    {
        switch (status)
        {
            case WriteStatus.Created or WriteStatus.Updated or WriteStatus.Unchanged or WriteStatus.Deleted:
                return;
            case WriteStatus.NotFound:
                RpcErrors.NotFound(resourceName);
                break;
            case WriteStatus.AlreadyExists:
                RpcErrors.AlreadyExists(resourceName);
                break;
            case WriteStatus.EtagMismatch:
                RpcErrors.Aborted(resourceName);
                break;
            case WriteStatus.HasChildren:
                RpcErrors.FailedPrecondition($"{resourceName} still has participants; delete with force=true to erase them too.");
                break;
            default:
                throw new InvalidOperationException($"Unknown write status {status}.");
        }
    }
}
