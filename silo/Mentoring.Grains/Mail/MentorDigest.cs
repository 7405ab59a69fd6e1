using System.Text;
using Mentoring.Abstractions.Mail;
using Mentoring.Domain;

namespace Mentoring.Grains.Mail;

/// <summary>A mentor's periodic digest: free places and the proposals waiting for an answer, in the programme's language.</summary>
public static class MentorDigest
{
    /// <summary>One proposal of the digest: the mentee's id and name, and whether it waits for the mentor's answer (else the mentee's).</summary>
    public sealed record Entry(string MenteeId, string MenteeName, bool WaitsForMentor);

    public static MailMessage Write(Programme programme, Participant mentor, IReadOnlyList<Entry> proposals, int freePlaces, string messageId, DateTimeOffset now)
    {
        var german = programme.Language == MessageLanguages.German;
        var mentorName = mentor.DisplayName.Length > 0 ? mentor.DisplayName : mentor.Id;
        var programmeName = programme.DisplayName.Length > 0 ? programme.DisplayName : programme.Id;
        var body = new StringBuilder();
        string subject;
        if (german)
        {
            subject = $"Ihre Mentoring-Übersicht: {proposals.Count} offene Vorschläge";
            body.Append("Hallo ").Append(mentorName).AppendLine(",").AppendLine()
                .AppendLine($"im Programm „{programmeName}“ haben Sie {freePlaces} {(freePlaces == 1 ? "freien Platz" : "freie Plätze")}.")
                .AppendLine("Diese Vorschläge warten auf eine Antwort:");
            foreach (var proposal in proposals)
            {
                body.Append("- ").Append(proposal.MenteeName)
                    .AppendLine(proposal.WaitsForMentor ? " (wartet auf Ihre Antwort)" : " (wartet auf die Antwort des Mentees)");
            }

            body.AppendLine().AppendLine("Ihren persönlichen Link zum Antworten finden Sie in der Nachricht zu jedem Vorschlag.");
        }
        else
        {
            subject = $"Your mentoring digest: {proposals.Count} pending proposal{(proposals.Count == 1 ? "" : "s")}";
            body.Append("Hello ").Append(mentorName).AppendLine(",").AppendLine()
                .AppendLine($"in the programme \"{programmeName}\" you have {freePlaces} free place{(freePlaces == 1 ? "" : "s")}.")
                .AppendLine("These proposals are waiting for an answer:");
            foreach (var proposal in proposals)
            {
                body.Append("- ").Append(proposal.MenteeName)
                    .AppendLine(proposal.WaitsForMentor ? " (waiting for your answer)" : " (waiting for the mentee's answer)");
            }

            body.AppendLine().AppendLine("The message about each proposal has your personal link to answer it.");
        }

        return new MailMessage(messageId, programme.Id, mentor.Id, mentor.Email, subject, body.ToString(), now, [.. proposals.Select(p => p.MenteeId)]);
    }
}
