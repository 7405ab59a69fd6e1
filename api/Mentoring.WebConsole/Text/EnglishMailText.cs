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
        YourMatch = "Your match:",
        MatchStateLabel = "State",
        WhyThisMatch = "Why this match",
        AcceptMatch = "Accept the match",
        DeclineMatch = "Decline the match",
        EndTitle = "End the mentoring",
        Rating = "How did it go? (1 poorly, 5 very well)",
        Comment = "A short comment",
        EndMatch = "End the mentoring",
        YourData = "The data we keep about you",
        Email = "E-mail",
        EraseTitle = "Erasure",
        EraseIntro = "You can have all your data erased. This cannot be undone.",
        EraseData = "Erase my data",
        EraseConfirm = "Yes, erase my data now",
        Erased = "Your data has been erased.",
        LinkValidUntil = "This link works until",
        LinkInvalidTitle = "This link is not valid",
        LinkInvalid = "The link is incomplete or was changed. Open it again from your message, exactly as it was sent.",
        LinkExpiredTitle = "This link has expired",
        LinkExpired = "Personal links work for a limited time. Ask your programme's team for a new one.",
        LinkUsedTitle = "This link was already used for that",
        LinkUsed = "Each personal link can be used once for each action. Your earlier answer stands.",
    };
}
