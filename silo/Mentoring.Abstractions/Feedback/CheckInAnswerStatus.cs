namespace Mentoring.Abstractions.Feedback;

/// <summary>What became of a check-in answer.</summary>
[GenerateSerializer]
public enum CheckInAnswerStatus
{
    Recorded = 1,

    /// <summary>This participant already answered this check-in of this match; the first answer stands.</summary>
    AlreadyAnswered = 2,
}
