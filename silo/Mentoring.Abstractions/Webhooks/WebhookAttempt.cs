namespace Mentoring.Abstractions.Webhooks;

/// <summary>
/// The outcome of one delivery attempt: when, which event, the HTTP status (0 when no response came) or the error, and
/// how many attempts that event has had so far.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record WebhookAttempt(
    [property: Id(0)] DateTimeOffset Time,
    [property: Id(1)] string EventId,
    [property: Id(2)] int HttpStatus,
    [property: Id(3)] string Error,
    [property: Id(4)] int Attempts)
{
    public bool Succeeded => HttpStatus is >= 200 and < 300;
}
