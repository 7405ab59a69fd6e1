using Google.Protobuf.WellKnownTypes;
using Mentoring.Abstractions.Mail;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Mapping;

/// <summary>Maps a stored message to the mentoring.v1.DevMessage message.</summary>
internal static class DevMessageProto
{
    public static DevMessage ToProto(MailMessage m) => new()
    {
        MessageId = m.MessageId,
        Participant = ResourceNames.Participant(m.ProgrammeId, m.ParticipantId),
        To = m.To,
        Subject = m.Subject,
        Body = m.Body,
        CreateTime = Timestamp.FromDateTimeOffset(m.CreatedAt),
    };
}
