namespace Mentoring.Abstractions;

/// <summary>The outcome of a write, and the resource as stored afterwards (null when nothing is stored).</summary>
[GenerateSerializer, Immutable]
public sealed record WriteResult<TSnapshot>([property: Id(0)] WriteStatus Status, [property: Id(1)] TSnapshot? Snapshot)
    where TSnapshot : class
{
    public bool Succeeded => Status is WriteStatus.Created or WriteStatus.Updated or WriteStatus.Unchanged or WriteStatus.Deleted;
}
