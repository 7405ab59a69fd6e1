namespace Mentoring.Domain.Feedback;

/// <summary>What a check-in answer may hold.</summary>
public static class CheckInLimits
{
    public const int MinScore = 1;
    public const int MaxScore = 5;

    /// <summary>A short comment: enough for a sentence or two, little to store per answer.</summary>
    public const int MaxCommentLength = 500;
}
