using System.Collections.Immutable;

namespace Mentoring.Abstractions;

/// <summary>
/// A page of participants and the cursor of the next page (null at the end). <see cref="ProgrammeMissing"/> tells a
/// listing of a programme that does not exist (or is being deleted) from an empty one, so a caller needs no second call.
/// It crosses the wire as <see cref="Surrogates.ParticipantPageSurrogate"/>, one encoded participant at a time.
/// </summary>
[Immutable]
public sealed record ParticipantPage(ImmutableArray<ParticipantSnapshot> Participants, ParticipantCursor? Next)
{
    public bool ProgrammeMissing { get; init; }

    /// <summary>The answer for a programme that does not exist.</summary>
    public static ParticipantPage NoProgramme { get; } = new([], null) { ProgrammeMissing = true };
}
