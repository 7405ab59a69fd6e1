using System.Collections.Immutable;

namespace Mentoring.Abstractions.Matches;

/// <summary>
/// The matches of one result page still waiting for an answer (proposed, or accepted by one side only), and when the
/// page was published, from which reminders and lapse are counted.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PendingProposals(
    [property: Id(0)] DateTimeOffset PublishTime,
    [property: Id(1)] bool Peer,
    [property: Id(2)] ImmutableArray<MatchSnapshot> Matches);
