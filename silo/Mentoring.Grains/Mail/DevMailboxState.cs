using Mentoring.Abstractions.Mail;

namespace Mentoring.Grains.Mail;

/// <summary>A dev mailbox's messages, oldest first.</summary>
[GenerateSerializer]
public sealed class DevMailboxState
{
    [Id(0)] public List<MailMessage> Messages { get; set; } = [];
}
