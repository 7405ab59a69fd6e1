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
    };
}
