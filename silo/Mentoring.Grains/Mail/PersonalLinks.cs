using Mentoring.Domain.Links;

namespace Mentoring.Grains.Mail;

/// <summary>The signed personal link a message gives its recipient to answer a match: one link per message, named after it.</summary>
public static class PersonalLinks
{
    /// <summary>
    /// A link letting <paramref name="recipientId"/> respond to the mentee's match, valid for the configured lifetime from
    /// <paramref name="now"/>. Its id derives from <paramref name="messageId"/>, so a resent message carries a link whose
    /// uses are already counted, and every other message a fresh one.
    /// </summary>
    public static (Uri Url, DateTimeOffset ExpiresAt) Respond(
        LinkOptions links, byte[] key, string messageId, string programmeId, string roundId, string menteeId, string recipientId, DateTimeOffset now)
    {
        var expiresAt = now + links.Lifetime;
        var link = new ParticipantLink(Abstractions.Mail.MailKeys.Hash(messageId)[..16], programmeId, roundId, menteeId, recipientId, LinkActions.Respond, expiresAt);
        return (new Uri($"{links.BaseUrl.TrimEnd('/')}/p/{ParticipantLinkTokens.Sign(link, key)}"), expiresAt);
    }
}
