using System.Collections.Immutable;

namespace Mentoring.Abstractions.Mail;

/// <summary>
/// One message to one participant. <see cref="MessageId"/> is stable for what it announces (e.g. a match and a side),
/// so a message sent again after a crash is recognisable as the same one. <see cref="Mentions"/> are the other
/// participants the message names (a match's partner, a digest's mentees), so erasing one of them reaches it too.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MailMessage(
    [property: Id(0)] string MessageId,
    [property: Id(1)] string ProgrammeId,
    [property: Id(2)] string ParticipantId,
    [property: Id(3)] string To,
    [property: Id(4)] string Subject,
    [property: Id(5)] string Body,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] ImmutableArray<string> Mentions = default)
{
    /// <summary>Whether the message is to <paramref name="participantId"/> or names them (messages stored before mentions were kept: to them only).</summary>
    public bool Concerns(string participantId) =>
        ParticipantId == participantId || (!Mentions.IsDefault && Mentions.Contains(participantId));
}
