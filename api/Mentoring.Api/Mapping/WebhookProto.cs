using Google.Protobuf.WellKnownTypes;
using Mentoring.Abstractions.Webhooks;
using Mentoring.Api.Security;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Mapping;

/// <summary>Maps webhook grain records, never a secret, to the mentoring.v1 webhook messages.</summary>
internal static class WebhookProto
{
    public static WebhookEndpoint ToProto(WebhookEndpointInfo endpoint, WebhookDeliveryStatus? status)
    {
        var proto = new WebhookEndpoint
        {
            Name = WebhookEndpointNames.Endpoint(endpoint.Tenant, endpoint.EndpointId),
            DisplayName = endpoint.Spec.DisplayName,
            Url = endpoint.Spec.Url,
            Programme = endpoint.Spec.ProgrammeId is { } programmeId ? ResourceNames.Programme(programmeId) : "",
            CreateTime = Timestamp.FromDateTimeOffset(endpoint.CreateTime),
            UpdateTime = Timestamp.FromDateTimeOffset(endpoint.UpdateTime),
            SecretRotateTime = Timestamp.FromDateTimeOffset(endpoint.SecretTime),
            LastDelivery = status?.LastAttempt is { } last ? ToProto(last) : null,
            DeadLetterCount = status?.DeadLetters ?? 0,
        };
        proto.EventTypes.AddRange(endpoint.Spec.EventTypes);
        return proto;
    }

    public static WebhookDeliveryAttempt ToProto(WebhookAttempt attempt) => new()
    {
        AttemptTime = Timestamp.FromDateTimeOffset(attempt.Time),
        EventId = attempt.EventId,
        HttpStatus = attempt.HttpStatus,
        Error = attempt.Error,
        Attempts = attempt.Attempts,
    };

    public static Contracts.V1.WebhookDeadLetter ToProto(Abstractions.Webhooks.WebhookDeadLetter letter) => new()
    {
        EventId = letter.EventId,
        EventType = letter.Type,
        Programme = ResourceNames.Programme(letter.ProgrammeId),
        Sequence = letter.Sequence,
        OccurTime = Timestamp.FromDateTimeOffset(letter.OccurredAt),
        LastAttempt = ToProto(letter.LastAttempt),
    };
}
