using System.Globalization;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Events;
using Mentoring.Grains;
using Mentoring.Grains.Events;
using Mentoring.Storage.Events;

namespace Mentoring.Hosting.Participants;

/// <summary>
/// The event a participant row change carries. Created or updated comes from the row (none yet, or a version read);
/// the id from the participant, its creation time and its profile version, so a write that changes only match slots
/// or exclusions yields the id of the profile's last event, which the log already holds and skips. An erasure's first
/// write names only the pseudonym it fixes.
/// </summary>
internal static class ParticipantEventDrafts
{
    public static EventDraft? ForWrite(string programmeId, string participantId, ParticipantState state, long expectedVersion, DateTimeOffset now)
    {
        if (state.Participant is not null)
        {
            var created = state.CreateTime.UtcTicks.ToString(CultureInfo.InvariantCulture);
            return Draft(programmeId, participantId, expectedVersion == 0 ? ProgrammeEventTypes.ParticipantCreated : ProgrammeEventTypes.ParticipantUpdated,
                EventIds.Of("participant", programmeId, participantId, created, state.Version.ToString(CultureInfo.InvariantCulture)),
                expectedVersion == 0 ? state.CreateTime : state.UpdateTime);
        }

        return state.ErasurePseudonym is { } pseudonym
            ? Draft(programmeId, pseudonym, ProgrammeEventTypes.ParticipantErased, EventIds.Of("participant.erased", programmeId, pseudonym), now)
            : null;
    }

    /// <summary>A delete of a stored profile; an erasure's last step has none (its first write had the event).</summary>
    public static EventDraft? ForClear(string programmeId, string participantId, ParticipantState? state, long expectedVersion, DateTimeOffset now) =>
        expectedVersion > 0 && state is { Participant: not null, ErasurePseudonym: null }
            ? Draft(programmeId, participantId, ProgrammeEventTypes.ParticipantErased,
                EventIds.Of("participant.erased", programmeId, participantId, state.CreateTime.UtcTicks.ToString(CultureInfo.InvariantCulture)), now)
            : null;

    private static EventDraft Draft(string programmeId, string participantId, string type, string eventId, DateTimeOffset time) =>
        new(programmeId, eventId, type, GrainKeys.Participant(programmeId, participantId), time, EventData.Of(("participant_id", participantId)));
}
