using Mentoring.Abstractions.Mail;
using Mentoring.Grains.Mail;

namespace Mentoring.Grains.Tests.Mail;

/// <summary>Hands messages on until told to break after a number of further sends; then every send fails, as a broken SMTP connection does.</summary>
public sealed class BreakingMailSender : IMailSender
{
    private long _allowed = long.MaxValue;

    public IMailSender? Inner { get; set; }

    public void BreakAfter(int sends) => Interlocked.Exchange(ref _allowed, sends);

    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _allowed) < 0)
        {
            throw new IOException("The SMTP connection broke");
        }

        await Inner!.SendAsync(message, cancellationToken);
    }
}
