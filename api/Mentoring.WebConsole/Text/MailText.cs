namespace Mentoring.WebConsole.Text;

/// <summary>The text of the dev mailbox page, in one language.</summary>
public sealed class MailText
{
    public required string DevMailbox { get; init; }

    public required string DevMailboxIntro { get; init; }

    public required string SmtpConfigured { get; init; }

    public required string ChooseProgramme { get; init; }

    public required string NoMessages { get; init; }

    public required string To { get; init; }

    public required string Subject { get; init; }

    public required string Sent { get; init; }
}
