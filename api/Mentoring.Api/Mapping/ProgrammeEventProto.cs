using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Mapping;

/// <summary>Maps an entry of a programme's event log to the mentoring.v1.ProgrammeEvent message.</summary>
internal static class ProgrammeEventProto
{
    public static ProgrammeEvent ToProto(Abstractions.Events.ProgrammeEvent e) => new()
    {
        Sequence = e.Sequence,
        Id = e.EventId,
        Type = e.Type,
        Subject = e.Subject,
        OccurTime = Timestamp.FromDateTimeOffset(e.OccurredAt),
        Data = JsonParser.Default.Parse<Struct>(e.Data),
    };
}
