namespace Mentoring.WebConsole.Text;

/// <summary>The round analyses in German.</summary>
public static class GermanAnalysisText
{
    public static AnalysisText Value { get; } = new()
    {
        RelaxTitle = "Welche Regel lockern",
        RelaxIntro = "Probeläufe mit jeweils einer gelockerten harten Regel zeigen, was jede Änderung brächte. Das Programm bleibt unverändert.",
        RelaxStart = "Lockerungen ausprobieren",
        RelaxRunning = "Probeläufe laufen",
        RelaxNone = "Keine Regel der Programmrichtlinie erklärt die nicht zugeordneten Mentees.",
        Rule = "Regel",
        Change = "Änderung",
        MatchedDelta = "Zugeordnet",
        MeanScoreDelta = "Δ mittlere Bewertung",
        Failed = "fehlgeschlagen",
        HoursUnit = "Std.",
        RuleNames = new Dictionary<string, string>
        {
            ["TimeZoneDistance"] = "Größter Zeitzonenabstand",
            ["MinimumOverlap"] = "Mindestüberschneidung",
            ["MinimumScore"] = "Mindestbewertung",
        },
        OwnPolicy = "mit eigener Richtlinie",
        OwnPolicyHint = "Dieser Probelauf nutzte eine eigene Richtlinie, nicht die des Programms. Um damit zu veröffentlichen, ändern Sie die Richtlinie des Programms und starten einen neuen Probelauf.",
        CompareTitle = "Zwei Läufe vergleichen",
        CompareLink = "Zwei Läufe vergleichen",
        FirstRound = "Erster Lauf",
        SecondRound = "Zweiter Lauf",
        Compare = "Vergleichen",
        Figure = "Kennzahl",
        Changes = "Personen, deren Zuordnung sich ändert",
        NoChanges = "Keine Zuordnung ändert sich.",
        Before = "Mentor vorher",
        After = "Mentor nachher",
        Unmatched = "nicht zugeordnet",
        PageOf = "Seite {0} von {1}",
        NeedTwoRounds = "Wählen Sie zwei verschiedene abgeschlossene Läufe.",
    };
}
