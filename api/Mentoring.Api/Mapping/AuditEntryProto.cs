using Google.Protobuf.WellKnownTypes;
using Mentoring.Abstractions.Security;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Mapping;

/// <summary>Maps an audit record to the mentoring.v1.AuditEntry message.</summary>
internal static class AuditEntryProto
{
    public static AuditEntry ToProto(AuditRecord r) => new()
    {
        Time = Timestamp.FromDateTimeOffset(r.Time),
        Actor = r.Actor,
        Method = r.Method,
        Resource = r.Resource,
        Outcome = r.Outcome,
    };
}
