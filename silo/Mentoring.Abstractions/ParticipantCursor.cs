namespace Mentoring.Abstractions;

/// <summary>Where a participant listing resumes: a membership shard and the last id returned from it.</summary>
[GenerateSerializer, Immutable]
public sealed record ParticipantCursor([property: Id(0)] int Shard, [property: Id(1)] string? AfterId)
{
    public static ParticipantCursor Start { get; } = new(0, null);
}
