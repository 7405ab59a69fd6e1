namespace Mentoring.Abstractions;

/// <summary>What a write did, or why it did nothing. The gateway maps each to a gRPC status.</summary>
[GenerateSerializer]
public enum WriteStatus
{
    Created = 1,
    Updated = 2,

    /// <summary>The same content was written again: nothing changed, the etag stays.</summary>
    Unchanged = 3,
    NotFound = 4,
    AlreadyExists = 5,
    EtagMismatch = 6,
    Deleted = 7,

    /// <summary>A delete of a programme that still has participants, without force.</summary>
    HasChildren = 8,
}
