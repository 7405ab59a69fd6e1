using System.Collections.Immutable;

namespace Mentoring.Domain;

/// <summary>The places a profile names other participants by id, which an erasure must clear.</summary>
public static class ParticipantReferences
{
    public static bool Names(Participant participant, string participantId) =>
        participant.ReportingLine.Contains(participantId)
        || participant.RankedChoices.Contains(participantId)
        || participant.Blocked.Contains(participantId)
        || participant.PriorEngagements.Contains(participantId);

    /// <summary>The profile without <paramref name="participantId"/> in any of those lists; the same instance when it names them nowhere.</summary>
    public static Participant Without(Participant participant, string participantId) =>
        Names(participant, participantId)
            ? participant with
            {
                ReportingLine = participant.ReportingLine.Remove(participantId),
                RankedChoices = participant.RankedChoices.Remove(participantId),
                Blocked = participant.Blocked.Remove(participantId),
                PriorEngagements = participant.PriorEngagements.Remove(participantId),
            }
            : participant;
}
