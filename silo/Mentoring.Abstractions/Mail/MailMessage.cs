namespace Mentoring.Abstractions.Mail;

/// <summary>
/// One message to one participant. <see cref="MessageId"/> is stable for what it announces (e.g. a match and a side),
/// so a message sent again after a crash is recognisable as the same one.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MailMessage(
    [property: Id(0)] string MessageId,
    [property: Id(1)] string ProgrammeId,
    [property: Id(2)] string ParticipantId,
    [property: Id(3)] string To,
    [property: Id(4)] string Subject,
    [property: Id(5)] string Body,
    [property: Id(6)] DateTimeOffset CreatedAt);
