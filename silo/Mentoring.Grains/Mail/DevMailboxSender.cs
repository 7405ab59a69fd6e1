using Mentoring.Abstractions.Mail;
using Microsoft.Extensions.Logging;

namespace Mentoring.Grains.Mail;

/// <summary>Without SMTP (the embedded default): each message is logged and stored in its programme's dev mailbox, which the console lists.</summary>
public sealed class DevMailboxSender(IGrainFactory grains, ILogger<DevMailboxSender> logger) : IMailSender
{
    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        await grains.GetGrain<IDevMailboxGrain>(MailKeys.DevMailbox(message.ProgrammeId)).DeliverAsync([message], cancellationToken);
        logger.LogInformation("Dev mailbox: message {MessageId} to {To}, \"{Subject}\"\n{Body}", message.MessageId, message.To, message.Subject, message.Body);
    }
}
