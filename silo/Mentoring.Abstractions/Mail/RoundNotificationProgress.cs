namespace Mentoring.Abstractions.Mail;

/// <summary>How far a round's notifications are: result pages walked of <see cref="PageCount"/>, messages sent, and whether all went out.</summary>
[GenerateSerializer, Immutable]
public sealed record RoundNotificationProgress(
    [property: Id(0)] bool Started,
    [property: Id(1)] int PagesDone,
    [property: Id(2)] int PageCount,
    [property: Id(3)] int Sent,
    [property: Id(4)] int WithoutAddress,
    [property: Id(5)] bool Done);
