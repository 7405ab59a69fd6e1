using Mentoring.Abstractions.Mail;

namespace Mentoring.Grains.Mail;

/// <summary>Sends one message: through SMTP when configured, otherwise into the programme's dev mailbox.</summary>
public interface IMailSender
{
    /// <summary>Returns once the message is handed over (accepted by the SMTP server, or stored); throws when it was not.</summary>
    Task SendAsync(MailMessage message, CancellationToken cancellationToken);
}
