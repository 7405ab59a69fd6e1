namespace Mentoring.WebConsole.Text;

/// <summary>The dev mailbox page in German.</summary>
public static class GermanMailText
{
    public static MailText Value { get; } = new()
    {
        DevMailbox = "Test-Postfach",
        DevMailboxIntro = "Es ist kein SMTP-Server eingerichtet. Die Nachrichten an Teilnehmende liegen deshalb hier (die neuesten 1.000 je Programm) und stehen im Protokoll.",
        SmtpConfigured = "Ein SMTP-Server ist eingerichtet: Nachrichten gehen an die Teilnehmenden und werden hier nicht aufbewahrt.",
        ChooseProgramme = "Wählen Sie ein Programm, um seine Nachrichten zu sehen.",
        NoMessages = "Noch keine Nachrichten.",
        To = "An",
        Subject = "Betreff",
        Sent = "Geschrieben",
        YourMatch = "Ihr Match:",
        MatchStateLabel = "Stand",
        WhyThisMatch = "Warum diese Zuordnung",
        AcceptMatch = "Match annehmen",
        DeclineMatch = "Match ablehnen",
        EndTitle = "Mentoring beenden",
        Rating = "Wie lief es? (1 schlecht, 5 sehr gut)",
        Comment = "Ein kurzer Kommentar",
        EndMatch = "Mentoring beenden",
        YourData = "Ihre gespeicherten Daten",
        Email = "E-Mail",
        EraseTitle = "Löschung",
        EraseIntro = "Sie können alle Ihre Daten löschen lassen. Das lässt sich nicht rückgängig machen.",
        EraseData = "Meine Daten löschen",
        EraseConfirm = "Ja, meine Daten jetzt löschen",
        Erased = "Ihre Daten wurden gelöscht.",
        LinkValidUntil = "Dieser Link gilt bis",
        LinkInvalidTitle = "Dieser Link ist ungültig",
        LinkInvalid = "Der Link ist unvollständig oder wurde verändert. Öffnen Sie ihn erneut aus Ihrer Nachricht, genau so, wie er verschickt wurde.",
        LinkExpiredTitle = "Dieser Link ist abgelaufen",
        LinkExpired = "Persönliche Links gelten nur eine begrenzte Zeit. Bitten Sie das Team Ihres Programms um einen neuen.",
        LinkUsedTitle = "Dieser Link wurde dafür schon verwendet",
        LinkUsed = "Jeder persönliche Link gilt für jede Aktion nur einmal. Ihre frühere Antwort bleibt bestehen.",
    };
}
