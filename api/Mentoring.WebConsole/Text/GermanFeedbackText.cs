namespace Mentoring.WebConsole.Text;

/// <summary>Check-in-Umfragen und Feedback auf Deutsch.</summary>
public static class GermanFeedbackText
{
    public static FeedbackText Value { get; } = new()
    {
        CheckInTitle = "Wie läuft es?",
        CheckInIntro = "Ihre Antwort hilft den Verantwortlichen des Programms. Nur sie sehen sie.",
        Score = "Ihre Bewertung (1 schlecht, 5 sehr gut)",
        ScoreLow = "schlecht",
        ScoreHigh = "sehr gut",
        Comment = "Ein kurzer Kommentar (freiwillig)",
        Send = "Antwort senden",
        Thanks = "Vielen Dank für Ihre Antwort.",
        YourAnswer = "Ihre Antwort",
        Title = "Feedback",
        ResponseRate = "Rücklaufquote",
        Delivered = "Zugestellte Umfragen",
        Answered = "Antworten",
        ByCheckIn = "Zufriedenheit je Check-in",
        CheckIn = "Check-in",
        After = "Nach",
        Days = "Tagen",
        MeanScore = "Mittlere Bewertung",
        ByWeek = "Zufriedenheit je Woche",
        WeekOf = "Woche ab",
        EndedEarly = "Vorzeitig beendet",
        Reason = "Grund",
        EndedByParticipant = "von Teilnehmenden oder Verwaltung beendet",
        Matches = "Matches",
        MeanRating = "Mittlere Bewertung beim Ende",
        Flagged = "Niedrige Bewertungen",
        FlaggedIntro = "Antworten mit einer Bewertung von {0} oder weniger.",
        Mentee = "Mentee",
        Mentor = "Mentor/in",
        AnsweredBy = "Beantwortet von",
        Match = "Match",
        NoAnswers = "Noch keine Antworten.",
        None = "Keine.",
    };
}
