namespace Mentoring.Abstractions.Events;

/// <summary>
/// One entry of a programme's event log. <see cref="Sequence"/> counts 1, 2, 3, ... per programme in commit order, so
/// a reader that resumes after the last sequence it saw misses nothing and sees nothing twice. <see cref="EventId"/>
/// is unique and stable (a webhook delivery's <c>webhook-id</c>). <see cref="Data"/> is a JSON object of ids and
/// states only, never personal data.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ProgrammeEvent(
    [property: Id(0)] string ProgrammeId,
    [property: Id(1)] long Sequence,
    [property: Id(2)] string EventId,
    [property: Id(3)] string Type,
    [property: Id(4)] string Subject,
    [property: Id(5)] DateTimeOffset OccurredAt,
    [property: Id(6)] string Data);
