using System.Globalization;
using System.Text;
using Mentoring.Abstractions.Mail;
using Mentoring.Domain;

namespace Mentoring.Grains.Mail;

/// <summary>The one reminder to a side that has not answered a proposal, in the programme's language (English or German).</summary>
public static class ProposalReminder
{
    /// <param name="side">"mentee", "mentor" or "peer": what the recipient is in the match.</param>
    /// <param name="lapsesAt">When the proposal lapses to declined unless both sides answered.</param>
    public static MailMessage Write(
        Programme programme, Participant recipient, Participant other, string side, Uri link, DateTimeOffset lapsesAt, string messageId, DateTimeOffset now)
    {
        var german = programme.Language == MessageLanguages.German;
        var culture = CultureInfo.GetCultureInfo(german ? "de-DE" : "en-GB");
        var otherName = other.DisplayName.Length > 0 ? other.DisplayName : other.Id;
        var recipientName = recipient.DisplayName.Length > 0 ? recipient.DisplayName : recipient.Id;
        var programmeName = programme.DisplayName.Length > 0 ? programme.DisplayName : programme.Id;
        var until = lapsesAt.UtcDateTime.ToString(german ? "d. MMMM yyyy, HH:mm 'UTC'" : "d MMMM yyyy, HH:mm 'UTC'", culture);

        var body = new StringBuilder();
        string subject;
        if (german)
        {
            subject = $"Erinnerung: Ihr Mentoring-Vorschlag {otherName}";
            body.Append("Hallo ").Append(recipientName).AppendLine(",").AppendLine();
            body.AppendLine(side switch
            {
                "mentee" => $"im Programm „{programmeName}“ haben wir Ihnen {otherName} als Mentor oder Mentorin vorgeschlagen.",
                "mentor" => $"im Programm „{programmeName}“ haben wir Ihnen {otherName} als Mentee vorgeschlagen.",
                _ => $"im Programm „{programmeName}“ haben wir Ihnen {otherName} für ein gegenseitiges Mentoring vorgeschlagen.",
            });
            body.AppendLine("Wir haben Ihre Antwort noch nicht erhalten.").AppendLine()
                .AppendLine("Über Ihren persönlichen Link nehmen Sie den Vorschlag an oder lehnen ihn ab:")
                .AppendLine(link.AbsoluteUri).AppendLine()
                .Append("Ohne Antwort beider Seiten bis ").Append(until).AppendLine(" verfällt der Vorschlag.")
                .AppendLine("Bitte leiten Sie diese Nachricht nicht weiter: Der Link handelt in Ihrem Namen.");
        }
        else
        {
            subject = $"Reminder: your mentoring proposal {otherName}";
            body.Append("Hello ").Append(recipientName).AppendLine(",").AppendLine();
            body.AppendLine(side switch
            {
                "mentee" => $"in the programme \"{programmeName}\" we proposed {otherName} as your mentor.",
                "mentor" => $"in the programme \"{programmeName}\" we proposed {otherName} as your mentee.",
                _ => $"in the programme \"{programmeName}\" we proposed {otherName} as your peer mentoring partner.",
            });
            body.AppendLine("We have not had your answer yet.").AppendLine()
                .AppendLine("Your personal link lets you accept or decline the proposal:")
                .AppendLine(link.AbsoluteUri).AppendLine()
                .Append("Unless both sides have answered by ").Append(until).AppendLine(", the proposal lapses.")
                .AppendLine("Please do not forward this message: the link acts on your behalf.");
        }

        return new MailMessage(messageId, programme.Id, recipient.Id, recipient.Email, subject, body.ToString(), now, [other.Id]);
    }
}
