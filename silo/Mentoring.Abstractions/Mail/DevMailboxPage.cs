using System.Collections.Immutable;

namespace Mentoring.Abstractions.Mail;

/// <summary>Messages of a dev mailbox, newest first; <see cref="NextOffset"/> continues after them, null at the end.</summary>
[GenerateSerializer, Immutable]
public sealed record DevMailboxPage([property: Id(0)] ImmutableArray<MailMessage> Messages, [property: Id(1)] int? NextOffset);
