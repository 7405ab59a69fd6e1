namespace Mentoring.WebConsole.Text;

/// <summary>Check-in surveys and feedback in English.</summary>
public static class EnglishFeedbackText
{
    public static FeedbackText Value { get; } = new()
    {
        CheckInTitle = "How is it going?",
        CheckInIntro = "Your answer helps the programme's organisers. Only they see it.",
        Score = "Your score (1 poorly, 5 very well)",
        ScoreLow = "poorly",
        ScoreHigh = "very well",
        Comment = "A short comment (optional)",
        Send = "Send answer",
        Thanks = "Thank you for your answer.",
        YourAnswer = "Your answer",
        Title = "Feedback",
        ResponseRate = "Response rate",
        Delivered = "Surveys delivered",
        Answered = "Answers",
        ByCheckIn = "Satisfaction by check-in",
        CheckIn = "Check-in",
        After = "After",
        Days = "days",
        MeanScore = "Mean score",
        ByWeek = "Satisfaction by week",
        WeekOf = "Week of",
        EndedEarly = "Ended early",
        Reason = "Reason",
        EndedByParticipant = "ended by a participant or admin",
        Matches = "Matches",
        MeanRating = "Mean rating",
        Flagged = "Low scores",
        FlaggedIntro = "Answers with a score of {0} or less.",
        Mentee = "Mentee",
        Mentor = "Mentor",
        AnsweredBy = "Answered by",
        Match = "Match",
        NoAnswers = "No answers yet.",
        None = "None.",
    };
}
