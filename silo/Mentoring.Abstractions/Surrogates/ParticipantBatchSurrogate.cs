using System.Collections.Immutable;
using Mentoring.Domain;
using Orleans.Serialization;

namespace Mentoring.Abstractions.Surrogates;

/// <summary>
/// Orleans wire form of <see cref="ParticipantBatch"/>: each participant encoded on its own (<see cref="SeparateEncoding"/>),
/// so an import chunk costs no large-object allocation in the gateway that sends it or the silo that reads it.
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct ParticipantBatchSurrogate([property: Id(0)] ImmutableArray<byte[]> Participants);

[RegisterConverter]
public sealed class ParticipantBatchConverter(Serializer<Participant> participants) : IConverter<ParticipantBatch, ParticipantBatchSurrogate>
{
    public ParticipantBatch ConvertFromSurrogate(in ParticipantBatchSurrogate surrogate) => new(SeparateEncoding.Decode(participants, surrogate.Participants));

    public ParticipantBatchSurrogate ConvertToSurrogate(in ParticipantBatch value) => new(SeparateEncoding.Encode(participants, value.Participants));
}
