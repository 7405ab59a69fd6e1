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

    public static UnmatchedMentee ToProto(string programmeId, string menteeId, string reason) => new()
    {
        Mentee = ResourceNames.Participant(programmeId, menteeId),
        Reason = reason,
    };
}
