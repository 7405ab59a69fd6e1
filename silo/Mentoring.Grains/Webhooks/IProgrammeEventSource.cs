using Mentoring.Abstractions.Events;

namespace Mentoring.Grains.Webhooks;

/// <summary>Where webhook delivery reads a programme's events; in production the programme's event log grain.</summary>
public interface IProgrammeEventSource
{
    /// <summary>At most <paramref name="maxCount"/> events of the programme after <paramref name="afterSequence"/>, in order.</summary>
    Task<ProgrammeEventPage> ReadAsync(string programmeId, long afterSequence, int maxCount, CancellationToken cancellationToken);
}
