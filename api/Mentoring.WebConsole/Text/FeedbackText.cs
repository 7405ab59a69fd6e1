namespace Mentoring.WebConsole.Text;

/// <summary>The text of the check-in survey (participant area) and the programme's feedback page, in one language.</summary>
public sealed class FeedbackText
{
    // The survey in the participant area (/p/...), reached through a check-in link.
    public required string CheckInTitle { get; init; }

    public required string CheckInIntro { get; init; }

    public required string Score { get; init; }

    public required string ScoreLow { get; init; }

    public required string ScoreHigh { get; init; }

    public required string Comment { get; init; }

    public required string Send { get; init; }

    public required string Thanks { get; init; }

    public required string YourAnswer { get; init; }

    // The programme's feedback page.
    public required string Title { get; init; }

    public required string ResponseRate { get; init; }

    public required string Delivered { get; init; }

    public required string Answered { get; init; }

    public required string ByCheckIn { get; init; }

    public required string CheckIn { get; init; }

    public required string After { get; init; }

    public required string Days { get; init; }

    public required string MeanScore { get; init; }

    public required string ByWeek { get; init; }

    public required string WeekOf { get; init; }

    public required string EndedEarly { get; init; }

    public required string Reason { get; init; }

    public required string EndedByParticipant { get; init; }

    public required string Matches { get; init; }

    public required string MeanRating { get; init; }

    public required string Flagged { get; init; }

    /// <summary>Says which scores are flagged; {0} is the threshold.</summary>
    public required string FlaggedIntro { get; init; }

    public required string Mentee { get; init; }

    public required string Mentor { get; init; }

    public required string AnsweredBy { get; init; }

    public required string Match { get; init; }

    public required string NoAnswers { get; init; }

    public required string None { get; init; }
}
