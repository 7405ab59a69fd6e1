using Mentoring.Domain;

namespace Mentoring.Abstractions;

/// <summary>
/// A stored programme with its concurrency token, timestamps and owning tenant, and when retention purges it
/// (null: no end time, or retention is off), as the silo's own retention settings say.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ProgrammeSnapshot(
    [property: Id(0)] Programme Programme,
    [property: Id(1)] string Etag,
    [property: Id(2)] DateTimeOffset CreateTime,
    [property: Id(3)] DateTimeOffset UpdateTime,
    [property: Id(4)] string Tenant,
    [property: Id(5)] DateTimeOffset? PurgeTime = null);
