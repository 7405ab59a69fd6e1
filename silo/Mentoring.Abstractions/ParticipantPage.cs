using System.Collections.Immutable;

namespace Mentoring.Abstractions;

/// <summary>A page of participants and the cursor of the next page (null at the end).</summary>
[GenerateSerializer, Immutable]
public sealed record ParticipantPage(
    [property: Id(0)] ImmutableArray<ParticipantSnapshot> Participants,
    [property: Id(1)] ParticipantCursor? Next);
