namespace Mentoring.Abstractions.Rounds;

/// <summary>
/// The wire form of a Mentoring.Matching.Distributed.ScoringSlice: primitive arrays only, field by field,
/// so the hot-path message of a round's fan-out stays compact.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ScoringSliceMessage(
    [property: Id(0)] int[] Header,
    [property: Id(1)] double[] Weights,
    [property: Id(2)] ulong[] MenteeWords,
    [property: Id(3)] int[] MenteeFields,
    [property: Id(4)] ulong[] MentorWords,
    [property: Id(5)] int[] MentorFields,
    [property: Id(6)] int[] MentorCapacities,
    [property: Id(7)] byte[] Competitors,
    [property: Id(8)] int[] ExceptionOffsets,
    [property: Id(9)] int[] ExceptionMentors,
    [property: Id(10)] int[] ExceptionFacts,
    [property: Id(11)] float[] ExceptionEngagement);
