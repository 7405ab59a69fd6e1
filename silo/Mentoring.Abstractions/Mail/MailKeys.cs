namespace Mentoring.Abstractions.Mail;

/// <summary>Grain keys of the mail concern.</summary>
public static class MailKeys
{
    /// <summary>The programme's dev mailbox: "programmes/{programme}/dev-mailbox".</summary>
    public static string DevMailbox(string programmeId) => $"programmes/{programmeId}/dev-mailbox";

    /// <summary>A published round's notifications: "programmes/{programme}/rounds/{round}/notifications".</summary>
    public static string RoundNotifications(string programmeId, string roundId) => $"programmes/{programmeId}/rounds/{roundId}/notifications";

    /// <summary>A published round's reminders and lapse: "programmes/{programme}/rounds/{round}/follow-up".</summary>
    public static string ProposalFollowUp(string programmeId, string roundId) => $"programmes/{programmeId}/rounds/{roundId}/follow-up";

    /// <summary>A programme's periodic mentor digest: "programmes/{programme}/mentor-digest".</summary>
    public static string MentorDigest(string programmeId) => $"programmes/{programmeId}/mentor-digest";

    /// <summary>The service's generated link signing key (used when configuration sets none).</summary>
    public const string LinkSigningKey = "links/signing-key";

    /// <summary>
    /// The Message-Id of the message announcing the mentee's match to one side ("mentee" or "mentor"): the same for every
    /// resend, so a recipient recognises a duplicate.
    /// </summary>
    public static string MatchMessageId(string programmeId, string roundId, string menteeId, string side) =>
        $"{Hash($"{programmeId}/{roundId}/{menteeId}/{side}")}@mentoring.notifications";

    /// <summary>The Message-Id of the one reminder about the mentee's proposal to one side ("mentee" or "mentor"), the same for every resend.</summary>
    public static string ReminderMessageId(string programmeId, string roundId, string menteeId, string side) =>
        $"{Hash($"{programmeId}/{roundId}/{menteeId}/{side}/reminder")}@mentoring.notifications";

    /// <summary>The Message-Id of the mentor's digest due at <paramref name="dueAt"/>, the same for every resend of that digest.</summary>
    public static string DigestMessageId(string programmeId, string mentorId, DateTimeOffset dueAt) =>
        $"{Hash($"{programmeId}/{mentorId}/digest/{dueAt.UtcTicks}")}@mentoring.notifications";

    /// <summary>A short stable id for text that must not be readable from the id itself.</summary>
    public static string Hash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..32];
}
