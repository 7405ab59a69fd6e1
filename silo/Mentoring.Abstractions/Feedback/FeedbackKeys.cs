namespace Mentoring.Abstractions.Feedback;

/// <summary>Grain keys of the feedback concern.</summary>
public static class FeedbackKeys
{
    /// <summary>A programme's check-in surveys and their answers: "programmes/{programme}/feedback".</summary>
    public static string Feedback(string programmeId) => $"programmes/{programmeId}/feedback";

    /// <summary>The Message-Id of one side's survey at one check-in point of a match, stable for that survey.</summary>
    public static string CheckInMessageId(string programmeId, string roundId, string menteeId, string participantId, int point) =>
        $"{Mail.MailKeys.Hash($"{programmeId}/{roundId}/{menteeId}/{participantId}/check-in/{point}")}@mentoring.check-ins";
}
