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

    // The participant area (/p/...), reached through a personal link.
    public required string YourMatch { get; init; }

    public required string MatchStateLabel { get; init; }

    public required string WhyThisMatch { get; init; }

    public required string AcceptMatch { get; init; }

    public required string DeclineMatch { get; init; }

    public required string EndTitle { get; init; }

    public required string Rating { get; init; }

    public required string Comment { get; init; }

    public required string EndMatch { get; init; }

    public required string YourData { get; init; }

    public required string Email { get; init; }

    public required string EraseTitle { get; init; }

    public required string EraseIntro { get; init; }

    public required string EraseData { get; init; }

    public required string EraseConfirm { get; init; }

    public required string Erased { get; init; }

    public required string LinkValidUntil { get; init; }

    public required string LinkInvalidTitle { get; init; }

    public required string LinkInvalid { get; init; }

    public required string LinkExpiredTitle { get; init; }

    public required string LinkExpired { get; init; }

    public required string LinkUsedTitle { get; init; }

    public required string LinkUsed { get; init; }
}
