using Mentoring.Abstractions;
using Mentoring.Abstractions.Surrogates;
using Mentoring.Domain;
using Mentoring.Grains.Tests.Support;
using Orleans.Serialization;

namespace Mentoring.Grains.Tests.Wire;

/// <summary>A listing page crosses the wire one encoded participant at a time, and reads back whole.</summary>
public sealed class ParticipantPageWireTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 1, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_page_reads_back_with_every_participant_its_etag_times_and_cursor_in_order()
    {
        var page = Page(count: 1_000);

        var serializer = WireSerializers.For<ParticipantPage>();

        var read = RoundTrip(serializer, page);

        Assert.False(read.ProgrammeMissing);
        Assert.Equal(page.Next, read.Next);
        Assert.Equal(page.Participants.Length, read.Participants.Length);
        for (var i = 0; i < page.Participants.Length; i++)
        {
            AssertSame(page.Participants[i], read.Participants[i]);
        }
    }

    [Fact]
    public void Each_participant_is_encoded_alone_and_reads_back_alone()
    {
        var page = Page(count: 3);
        var snapshots = WireSerializers.For<ParticipantSnapshot>();

        var surrogate = new ParticipantPageConverter(snapshots).ConvertToSurrogate(page);

        Assert.Equal(3, surrogate.Participants.Length);
        for (var i = 0; i < 3; i++)
        {
            AssertSame(page.Participants[i], snapshots.Deserialize(surrogate.Participants[i]) ?? throw new InvalidDataException("empty"));
        }
    }

    [Fact]
    public void A_missing_programme_and_an_empty_last_page_stay_apart()
    {
        var serializer = WireSerializers.For<ParticipantPage>();

        var missing = RoundTrip(serializer, ParticipantPage.NoProgramme);
        var empty = RoundTrip(serializer, new ParticipantPage([], null));

        Assert.True(missing.ProgrammeMissing);
        Assert.Empty(missing.Participants);
        Assert.False(empty.ProgrammeMissing);
        Assert.Empty(empty.Participants);
        Assert.Null(empty.Next);
    }

    private static ParticipantPage RoundTrip(Serializer<ParticipantPage> serializer, ParticipantPage page) =>
        serializer.Deserialize(serializer.SerializeToArray(page)) ?? throw new InvalidDataException("The page read back empty.");

    private static ParticipantPage Page(int count)
    {
        var snapshots = Enumerable.Range(0, count)
            .Select(i => new ParticipantSnapshot(
                ParticipantBuilder.In("prog-wire").WithId($"p-{i:D5}").Named($"Person {i}")
                    .As(i % 5 == 0 ? ParticipantRole.Mentor : ParticipantRole.Mentee).WithSeniority(i % 30).Build(),
                $"\"{i + 1}\"", Created.AddMinutes(i), Created.AddMinutes(i + 1)))
            .ToArray();
        return new ParticipantPage([.. snapshots], new ParticipantCursor(snapshots[^1].Participant.Id));
    }

    private static void AssertSame(ParticipantSnapshot expected, ParticipantSnapshot actual)
    {
        Assert.True(ContentEquality.Same(expected.Participant, actual.Participant), $"{expected.Participant.Id} changed on the wire");
        Assert.Equal(expected.Etag, actual.Etag);
        Assert.Equal(expected.CreateTime, actual.CreateTime);
        Assert.Equal(expected.UpdateTime, actual.UpdateTime);
    }
}
