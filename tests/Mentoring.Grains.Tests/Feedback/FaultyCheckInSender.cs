using Mentoring.Abstractions.Mail;
using Mentoring.Grains.Mail;

namespace Mentoring.Grains.Tests.Feedback;

/// <summary>The dev mailbox, except that a check-in send chosen by <see cref="CheckInSendFaults"/> fails as a broken SMTP connection would.</summary>
public sealed class FaultyCheckInSender(IMailSender inner, CheckInSendFaults faults) : IMailSender
{
    public Task SendAsync(MailMessage message, CancellationToken cancellationToken) =>
        message.MessageId.EndsWith("@mentoring.check-ins", StringComparison.Ordinal) && faults.ShouldFail()
            ? throw new IOException("The SMTP connection broke")
            : inner.SendAsync(message, cancellationToken);
}
