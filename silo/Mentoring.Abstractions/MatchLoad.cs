namespace Mentoring.Abstractions;

/// <summary>How many active matches a participant holds as a mentor and as a peer; what its shard needs to know who is full.</summary>
[GenerateSerializer, Immutable]
public sealed record MatchLoad(
    [property: Id(0)] int AsMentor,
    [property: Id(1)] int AsPeer)
{
    public static MatchLoad None { get; } = new(0, 0);
}
