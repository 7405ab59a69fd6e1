namespace Mentoring.Abstractions.Events;

/// <summary>The event types of a programme's log, as partners see them (in <c>WatchEvents</c> and webhooks).</summary>
public static class ProgrammeEventTypes
{
    public const string ParticipantCreated = "participant.created";
    public const string ParticipantUpdated = "participant.updated";
    public const string ParticipantErased = "participant.erased";
    public const string RoundPhaseChanged = "round.phase_changed";
    public const string RoundPublished = "round.published";
    public const string MatchProposed = "match.proposed";
    public const string MatchAccepted = "match.accepted";
    public const string MatchDeclined = "match.declined";
    public const string MatchActive = "match.active";
    public const string MatchEnded = "match.ended";

    public static readonly IReadOnlyList<string> All =
    [
        ParticipantCreated, ParticipantUpdated, ParticipantErased, RoundPhaseChanged, RoundPublished,
        MatchProposed, MatchAccepted, MatchDeclined, MatchActive, MatchEnded,
    ];
}
