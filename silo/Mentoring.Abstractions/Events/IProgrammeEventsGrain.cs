namespace Mentoring.Abstractions.Events;

/// <summary>Reads one programme's event log (key: <see cref="EventKeys.Log"/>).</summary>
public interface IProgrammeEventsGrain : IGrainWithStringKey
{
    /// <summary>At most <paramref name="maxCount"/> events with a sequence above <paramref name="afterSequence"/>, in order.</summary>
    Task<ProgrammeEventPage> ReadAsync(long afterSequence, int maxCount, CancellationToken cancellationToken);
}
