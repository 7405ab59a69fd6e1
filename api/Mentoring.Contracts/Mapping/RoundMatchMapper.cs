using Mentoring.Contracts.V1;

namespace Mentoring.Contracts.Mapping;

/// <summary>Maps a round's stored matches and unmatched mentees, whose participants are bare ids, to proto.</summary>
public static class RoundMatchMapper
{
    public static RoundMatch ToProto(
        string programmeId, string menteeId, string mentorId, double score, IReadOnlyList<float> breakdown, IEnumerable<string> reasons) => new()
    {
        Mentee = ResourceNames.Participant(programmeId, menteeId),
        Mentor = ResourceNames.Participant(programmeId, mentorId),
        Score = score,
        Breakdown = { RoundComponents.ToProto(breakdown) },
        Reasons = { reasons },
    };

    public static UnmatchedMentee ToProto(string programmeId, string menteeId, string reason, Domain.UnmatchedCause cause) => new()
    {
        Mentee = ResourceNames.Participant(programmeId, menteeId),
        Reason = reason,
        Cause = ToProto(cause),
    };

    /// <summary>The two enums share names and numbers (a test holds them together).</summary>
    public static UnmatchedCause ToProto(Domain.UnmatchedCause cause) => (UnmatchedCause)(int)cause;
}
