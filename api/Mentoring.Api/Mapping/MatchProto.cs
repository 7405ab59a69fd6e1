using Google.Protobuf.WellKnownTypes;
using Mentoring.Abstractions.Matches;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Mapping;

/// <summary>Maps a match snapshot, whose participants are bare ids, to the mentoring.v1.Match resource.</summary>
internal static class MatchProto
{
    public static Match ToProto(string programmeId, MatchSnapshot m)
    {
        var match = new Match
        {
            Name = MatchNames.Match(programmeId, m.RoundId, m.MenteeId),
            Mentee = ResourceNames.Participant(programmeId, m.MenteeId),
            Mentor = ResourceNames.Participant(programmeId, m.MentorId),
            Round = RoundNames.Round(programmeId, m.RoundId),
            Score = m.Score,
            State = ToProto(m.State),
            DeclineReason = m.State == Abstractions.Matches.MatchState.Declined ? m.Reason ?? "" : "",
            Comment = m.Comment ?? "",
            UpdateTime = Timestamp.FromDateTimeOffset(m.UpdateTime),
        };
        if (m.Rating is { } rating)
        {
            match.Rating = rating;
        }

        return match;
    }

    public static Contracts.V1.MatchState ToProto(Abstractions.Matches.MatchState state) => state switch
    {
        Abstractions.Matches.MatchState.Proposed => Contracts.V1.MatchState.Proposed,
        Abstractions.Matches.MatchState.AcceptedByMentee => Contracts.V1.MatchState.AcceptedByMentee,
        Abstractions.Matches.MatchState.AcceptedByMentor => Contracts.V1.MatchState.AcceptedByMentor,
        Abstractions.Matches.MatchState.Active => Contracts.V1.MatchState.Active,
        Abstractions.Matches.MatchState.Declined => Contracts.V1.MatchState.Declined,
        Abstractions.Matches.MatchState.Ended => Contracts.V1.MatchState.Ended,
        _ => Contracts.V1.MatchState.Unspecified,
    };
}
