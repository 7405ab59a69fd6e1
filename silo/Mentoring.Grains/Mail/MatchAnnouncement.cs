using System.Globalization;
using System.Text;
using Mentoring.Abstractions.Mail;
using Mentoring.Domain;

namespace Mentoring.Grains.Mail;

/// <summary>The message that tells one side of a published match about it, in the programme's language (English or German).</summary>
public static class MatchAnnouncement
{
    /// <param name="side">"mentee", "mentor" or "peer": what the recipient is in the match.</param>
    public static MailMessage Write(
        Programme programme, Participant recipient, Participant other, string side, IReadOnlyList<string> reasons,
        Uri link, DateTimeOffset expiresAt, string messageId, DateTimeOffset now)
    {
        var german = programme.Language == MessageLanguages.German;
        var culture = CultureInfo.GetCultureInfo(german ? "de-DE" : "en-GB");
        var otherName = other.DisplayName.Length > 0 ? other.DisplayName : other.Id;
        var recipientName = recipient.DisplayName.Length > 0 ? recipient.DisplayName : recipient.Id;
        var programmeName = programme.DisplayName.Length > 0 ? programme.DisplayName : programme.Id;
        var until = expiresAt.UtcDateTime.ToString(german ? "d. MMMM yyyy, HH:mm 'UTC'" : "d MMMM yyyy, HH:mm 'UTC'", culture);

        var body = new StringBuilder();
        string subject;
        if (german)
        {
            subject = $"Ihr Mentoring-Match: {otherName}";
            body.Append("Hallo ").Append(recipientName).AppendLine(",").AppendLine();
            body.AppendLine(side switch
            {
                "mentee" => $"im Programm „{programmeName}“ schlagen wir Ihnen {otherName} als Mentor oder Mentorin vor.",
                "mentor" => $"im Programm „{programmeName}“ schlagen wir Ihnen {otherName} als Mentee vor.",
                _ => $"im Programm „{programmeName}“ schlagen wir Ihnen {otherName} für ein gegenseitiges Mentoring vor.",
            });
            body.AppendLine().AppendLine("Warum diese Zuordnung:");
            foreach (var reason in reasons)
            {
                body.Append("- ").AppendLine(reason);
            }

            body.AppendLine().AppendLine("Über Ihren persönlichen Link nehmen Sie den Vorschlag an oder lehnen ihn ab, beenden das Mentoring später,")
                .AppendLine("sehen Ihre gespeicherten Daten und können deren Löschung verlangen:")
                .AppendLine(link.AbsoluteUri).AppendLine()
                .Append("Der Link gilt bis ").Append(until).AppendLine(". Bitte leiten Sie diese Nachricht nicht weiter: Der Link handelt in Ihrem Namen.");
        }
        else
        {
            subject = $"Your mentoring match: {otherName}";
            body.Append("Hello ").Append(recipientName).AppendLine(",").AppendLine();
            body.AppendLine(side switch
            {
                "mentee" => $"in the programme \"{programmeName}\" we propose {otherName} as your mentor.",
                "mentor" => $"in the programme \"{programmeName}\" we propose {otherName} as your mentee.",
                _ => $"in the programme \"{programmeName}\" we propose {otherName} as your peer mentoring partner.",
            });
            body.AppendLine().AppendLine("Why this match:");
            foreach (var reason in reasons)
            {
                body.Append("- ").AppendLine(reason);
            }

            body.AppendLine().AppendLine("Your personal link lets you accept or decline the proposal, end the mentoring later,")
                .AppendLine("see the data we keep about you and ask for it to be erased:")
                .AppendLine(link.AbsoluteUri).AppendLine()
                .Append("The link works until ").Append(until).AppendLine(". Please do not forward this message: the link acts on your behalf.");
        }

        return new MailMessage(messageId, programme.Id, recipient.Id, recipient.Email, subject, body.ToString(), now, [other.Id]);
    }
}
