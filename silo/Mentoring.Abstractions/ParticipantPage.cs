using System.Collections.Immutable;

namespace Mentoring.Abstractions;

/// <summary>
/// A page of participants and the cursor of the next page (null at the end). <see cref="ProgrammeMissing"/> tells a
/// listing of a programme that does not exist (or is being deleted) from an empty one, so a caller needs no second call.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ParticipantPage(
    [property: Id(0)] ImmutableArray<ParticipantSnapshot> Participants,
    [property: Id(1)] ParticipantCursor? Next)
{
    [Id(2)] public bool ProgrammeMissing { get; init; }

    /// <summary>The answer for a programme that does not exist.</summary>
    public static ParticipantPage NoProgramme { get; } = new([], null) { ProgrammeMissing = true };
}
