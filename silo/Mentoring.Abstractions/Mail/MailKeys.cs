namespace Mentoring.Abstractions.Mail;

/// <summary>Grain keys of the mail concern.</summary>
public static class MailKeys
{
    /// <summary>The programme's dev mailbox: "programmes/{programme}/dev-mailbox".</summary>
    public static string DevMailbox(string programmeId) => $"programmes/{programmeId}/dev-mailbox";
}
