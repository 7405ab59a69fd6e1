using System.Globalization;
using System.Text;
using Mentoring.Abstractions.Mail;
using Mentoring.Domain;

namespace Mentoring.Grains.Feedback;

/// <summary>The message that asks one side of an active match how it is going, in the programme's language (English or German).</summary>
public static class CheckInSurvey
{
    public static MailMessage Write(
        Programme programme, Participant recipient, Participant? other, Uri link, DateTimeOffset expiresAt, string messageId, DateTimeOffset now)
    {
        var german = programme.Language == MessageLanguages.German;
        var culture = CultureInfo.GetCultureInfo(german ? "de-DE" : "en-GB");
        // A partner erased since is not named (nor could be): the message speaks of the partner instead.
        var otherName = other is { DisplayName.Length: > 0 } ? other.DisplayName
            : other?.Id ?? (german ? "Ihrem Mentoring-Partner" : "your mentoring partner");
        var recipientName = recipient.DisplayName.Length > 0 ? recipient.DisplayName : recipient.Id;
        var programmeName = programme.DisplayName.Length > 0 ? programme.DisplayName : programme.Id;
        var until = expiresAt.UtcDateTime.ToString(german ? "d. MMMM yyyy, HH:mm 'UTC'" : "d MMMM yyyy, HH:mm 'UTC'", culture);

        var body = new StringBuilder();
        string subject;
        if (german)
        {
            subject = $"Wie läuft Ihr Mentoring mit {otherName}?";
            body.Append("Hallo ").Append(recipientName).AppendLine(",").AppendLine()
                .AppendLine($"wie läuft Ihr Mentoring mit {otherName} im Programm „{programmeName}“? Eine Bewertung von 1 (schlecht)")
                .AppendLine("bis 5 (sehr gut) und auf Wunsch ein kurzer Kommentar helfen uns, das Programm zu verbessern:")
                .AppendLine(link.AbsoluteUri).AppendLine()
                .Append("Der Link gilt bis ").Append(until).AppendLine(" und nimmt eine Antwort an. Bitte leiten Sie diese Nachricht nicht weiter.");
        }
        else
        {
            subject = $"How is your mentoring with {otherName} going?";
            body.Append("Hello ").Append(recipientName).AppendLine(",").AppendLine()
                .AppendLine($"how is your mentoring with {otherName} in the programme \"{programmeName}\" going? A score from 1 (poorly)")
                .AppendLine("to 5 (very well) and, if you like, a short comment help us improve the programme:")
                .AppendLine(link.AbsoluteUri).AppendLine()
                .Append("The link works until ").Append(until).AppendLine(" and takes one answer. Please do not forward this message.");
        }

        return new MailMessage(messageId, programme.Id, recipient.Id, recipient.Email, subject, body.ToString(), now, other is null ? [] : [other.Id]);
    }
}
