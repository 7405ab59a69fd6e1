using System.Globalization;
using Mentoring.Abstractions.Events;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;

namespace Mentoring.Grains.Events;

/// <summary>The events of a match: proposed when its round is published, then one per state it moves to.</summary>
public static class MatchEvents
{
    /// <summary>The match at <paramref name="index"/> of a page; the id follows its place, which erasure never changes.</summary>
    public static PendingEvent Proposed(string programmeId, string roundId, int page, int index, RoundMatch match, DateTimeOffset time) =>
        new(EventIds.Of(ProgrammeEventTypes.MatchProposed, programmeId, roundId, Text(page), Text(index)),
            ProgrammeEventTypes.MatchProposed, MatchKeys.Match(programmeId, roundId, match.MenteeId), time,
            Data(programmeId, roundId, match, MatchState.Proposed));

    /// <summary>The event of a match moving to <paramref name="state"/>, or null for a state that has none.</summary>
    public static PendingEvent? Moved(string programmeId, string roundId, RoundMatch match, MatchState state, DateTimeOffset time)
    {
        var type = state switch
        {
            MatchState.AcceptedByMentee or MatchState.AcceptedByMentor => ProgrammeEventTypes.MatchAccepted,
            MatchState.Active => ProgrammeEventTypes.MatchActive,
            MatchState.Declined => ProgrammeEventTypes.MatchDeclined,
            MatchState.Ended => ProgrammeEventTypes.MatchEnded,
            _ => null,
        };
        return type is null
            ? null
            : new PendingEvent(
                EventIds.Of("match", programmeId, roundId, match.MenteeId, EventNames.Of(state), Text(time.UtcTicks)),
                type, MatchKeys.Match(programmeId, roundId, match.MenteeId), time, Data(programmeId, roundId, match, state));
    }

    private static string Data(string programmeId, string roundId, RoundMatch match, MatchState state) => EventData.Of(
        ("round", RoundKeys.Round(programmeId, roundId)),
        ("mentee_id", match.MenteeId),
        ("mentor_id", match.MentorId),
        ("state", EventNames.Of(state)));

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
