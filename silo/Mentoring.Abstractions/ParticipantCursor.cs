namespace Mentoring.Abstractions;

/// <summary>Where a participant listing resumes: after this id, in ordinal order (null: from the start).</summary>
[GenerateSerializer, Immutable]
public sealed record ParticipantCursor([property: Id(0)] string? AfterId)
{
    public static ParticipantCursor Start { get; } = new((string?)null);
}
