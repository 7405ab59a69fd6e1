using Mentoring.Abstractions;
using Mentoring.Abstractions.Surrogates;
using Mentoring.Domain;
using Mentoring.Grains.Tests.Support;
using Orleans.Serialization;

namespace Mentoring.Grains.Tests.Wire;

/// <summary>An import chunk crosses the wire one encoded participant at a time, and reads back whole and in order.</summary>
public sealed class ParticipantBatchWireTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(128)]
    public void A_batch_reads_back_with_every_participant_in_order(int count)
    {
        var batch = Batch(count);
        var serializer = WireSerializers.For<ParticipantBatch>();

        var read = serializer.Deserialize(serializer.SerializeToArray(batch)) ?? throw new InvalidDataException("The batch read back empty.");

        Assert.Equal(count, read.Participants.Length);
        for (var i = 0; i < count; i++)
        {
            Assert.True(ContentEquality.Same(batch.Participants[i], read.Participants[i]), $"item {i} changed on the wire");
        }
    }

    [Fact]
    public void Each_participant_is_encoded_alone()
    {
        var batch = Batch(4);
        var participants = WireSerializers.For<Participant>();

        var surrogate = new ParticipantBatchConverter(participants).ConvertToSurrogate(batch);

        Assert.Equal(4, surrogate.Participants.Length);
        Assert.Equal(batch.Participants.Select(p => p.Id), surrogate.Participants.Select(bytes => participants.Deserialize(bytes)?.Id));
    }

    private static ParticipantBatch Batch(int count) =>
        new([.. Enumerable.Range(0, count).Select(i => ParticipantBuilder.In("prog-wire").WithId($"p-{i:D4}").Named($"Person {i}").Build())]);
}
