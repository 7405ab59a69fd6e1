using Google.Protobuf.WellKnownTypes;
using Mentoring.Abstractions.Feedback;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Mapping;

/// <summary>Maps check-in answers and a programme's feedback summary to mentoring.v1.</summary>
internal static class FeedbackProto
{
    public static string SummaryName(string programmeId) => $"{ResourceNames.Programme(programmeId)}/feedbackSummary";

    public static Contracts.V1.CheckInAnswer ToProto(string programmeId, Abstractions.Feedback.CheckInAnswer a) => new()
    {
        Match = MatchNames.Match(programmeId, a.RoundId, a.MenteeId),
        Participant = ResourceNames.Participant(programmeId, a.ParticipantId),
        Side = a.Side,
        CheckIn = a.Point,
        Score = a.Score,
        Comment = a.Comment ?? "",
        AnswerTime = Timestamp.FromDateTimeOffset(a.AnswerTime),
    };

    public static Contracts.V1.FeedbackSummary ToProto(string programmeId, Abstractions.Feedback.FeedbackSummary s)
    {
        var summary = new Contracts.V1.FeedbackSummary
        {
            Name = SummaryName(programmeId),
            DeliveredSurveys = s.Delivered,
            AnsweredSurveys = s.Answered,
            ResponseRate = s.ResponseRate,
            EndedEarlyMatches = s.EndedEarly,
            LowScoreThreshold = s.LowScoreThreshold,
        };
        summary.CheckInPoints.AddRange(s.Points.Select(p =>
        {
            var point = new Contracts.V1.CheckInPointSummary
            {
                CheckIn = p.Point, After = Duration.FromTimeSpan(p.After), DeliveredSurveys = p.Delivered, AnsweredSurveys = p.Answered,
            };
            if (p.MeanScore is { } mean)
            {
                point.MeanScore = mean;
            }

            return point;
        }));
        summary.Weeks.AddRange(s.Weeks.Select(w => new Contracts.V1.WeeklySatisfaction
        {
            WeekStart = Timestamp.FromDateTimeOffset(w.WeekStart), AnsweredSurveys = w.Answered, MeanScore = w.MeanScore,
        }));
        summary.EndingReasons.AddRange(s.EndingReasons.Select(r =>
        {
            var reason = new Contracts.V1.EndingReason { Reason = r.Reason, Matches = r.Matches };
            if (r.MeanRating is { } mean)
            {
                reason.MeanRating = mean;
            }

            return reason;
        }));
        summary.FlaggedAnswers.AddRange(s.Flagged.Select(f => new FlaggedCheckInAnswer
        {
            Answer = ToProto(programmeId, f.Answer), MenteeDisplayName = f.MenteeDisplayName, MentorDisplayName = f.MentorDisplayName,
        }));
        return summary;
    }
}
