namespace Mentoring.WebConsole.Text;

/// <summary>The dev mailbox page in English.</summary>
public static class EnglishMailText
{
    public static MailText Value { get; } = new()
    {
        DevMailbox = "Dev mailbox",
        DevMailboxIntro = "No SMTP server is configured, so participants' messages are kept here (the newest 1,000 per programme) and written to the log.",
        SmtpConfigured = "An SMTP server is configured: messages are sent to participants and not kept here.",
        ChooseProgramme = "Choose a programme to see its messages.",
        NoMessages = "No messages yet.",
        To = "To",
        Subject = "Subject",
        Sent = "Written",
    };
}
