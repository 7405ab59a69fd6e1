using System.Collections.Immutable;
using Mentoring.Abstractions.Events;
using Mentoring.Grains.Webhooks;

namespace Mentoring.Grains.Tests.Webhooks;

/// <summary>
/// A programme event log the test controls, shared by every silo of one test cluster (the real log is another part of
/// the product). Events get sequences 1, 2, 3... per programme and a unique id, like the log's.
/// </summary>
public sealed class InMemoryEventSource : IProgrammeEventSource
{
    private readonly Dictionary<string, List<ProgrammeEvent>> _logs = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public ProgrammeEvent Append(string programmeId, string type)
    {
        lock (_gate)
        {
            if (!_logs.TryGetValue(programmeId, out var log))
            {
                _logs[programmeId] = log = [];
            }

            var sequence = log.Count + 1;
            var appended = new ProgrammeEvent(
                programmeId, sequence, $"evt_{Guid.NewGuid():N}", type, $"programmes/{programmeId}/participants/p{sequence}",
                DateTimeOffset.UtcNow, $"{{\"participant\":\"p{sequence}\"}}");
            log.Add(appended);
            return appended;
        }
    }

    public Task<ProgrammeEventPage> ReadAsync(string programmeId, long afterSequence, int maxCount, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var log = _logs.GetValueOrDefault(programmeId) ?? [];
            return Task.FromResult(new ProgrammeEventPage([.. log.Where(e => e.Sequence > afterSequence).Take(maxCount)], log.Count));
        }
    }
}
