using Mentoring.Abstractions;
using Mentoring.Domain;

namespace Mentoring.Grains.Tests.Support;

/// <summary>Content comparison of stored snapshots; record equality would compare arrays by reference.</summary>
public static class Snapshots
{
    public static void AssertSame(ParticipantSnapshot expected, ParticipantSnapshot? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Etag, actual.Etag);
        Assert.Equal(expected.CreateTime, actual.CreateTime);
        Assert.Equal(expected.UpdateTime, actual.UpdateTime);
        Assert.True(ContentEquality.Same(expected.Participant, actual.Participant), $"Participant {expected.Participant.Id} came back with different content.");
    }

    public static void AssertSame(ProgrammeSnapshot expected, ProgrammeSnapshot? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Etag, actual.Etag);
        Assert.Equal(expected.CreateTime, actual.CreateTime);
        Assert.Equal(expected.UpdateTime, actual.UpdateTime);
        Assert.True(ContentEquality.Same(expected.Programme, actual.Programme), $"Programme {expected.Programme.Id} came back with different content.");
    }
}
