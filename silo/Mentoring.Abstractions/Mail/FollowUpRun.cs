namespace Mentoring.Abstractions.Mail;

/// <summary>
/// What one pass over a round's proposals did: proposals lapsed, reminders handed over, sides due a reminder but without
/// an address, and whether no proposal waits any more (the round's reminder is then gone).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FollowUpRun(
    [property: Id(0)] int Lapsed,
    [property: Id(1)] int Reminded,
    [property: Id(2)] int WithoutAddress,
    [property: Id(3)] bool Settled);
