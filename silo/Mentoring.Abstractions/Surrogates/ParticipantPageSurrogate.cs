using System.Collections.Immutable;
using Orleans.Serialization;

namespace Mentoring.Abstractions.Surrogates;

/// <summary>
/// Orleans wire form of <see cref="ParticipantPage"/>: each participant encoded on its own (<see cref="SeparateEncoding"/>),
/// so a page of a thousand costs no large-object allocation in the silo that sends it or the gateway that reads it.
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct ParticipantPageSurrogate(
    [property: Id(0)] ImmutableArray<byte[]> Participants,
    [property: Id(1)] ParticipantCursor? Next,
    [property: Id(2)] bool ProgrammeMissing);

[RegisterConverter]
public sealed class ParticipantPageConverter(Serializer<ParticipantSnapshot> snapshots) : IConverter<ParticipantPage, ParticipantPageSurrogate>
{
    public ParticipantPage ConvertFromSurrogate(in ParticipantPageSurrogate surrogate) =>
        new(SeparateEncoding.Decode(snapshots, surrogate.Participants), surrogate.Next) { ProgrammeMissing = surrogate.ProgrammeMissing };

    public ParticipantPageSurrogate ConvertToSurrogate(in ParticipantPage value) =>
        new(SeparateEncoding.Encode(snapshots, value.Participants), value.Next, value.ProgrammeMissing);
}
