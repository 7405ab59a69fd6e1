namespace Mentoring.LoadTests.Processes;

/// <summary>One process's memory over a run: its kernel-reported peak and its resident size at the first and last sample.</summary>
public sealed class ProcessMemoryTrack(string name, int pid)
{
    private readonly Lock _gate = new();

    public string Name { get; } = name;
    public int Pid { get; } = pid;
    public long PeakRssBytes { get; private set; }
    public long FirstRssBytes { get; private set; }
    public long LastRssBytes { get; private set; }
    public int Samples { get; private set; }
    public TimeSpan LastSampleAt { get; private set; }

    public void Add(TimeSpan at, long rssBytes, long peakRssBytes)
    {
        lock (_gate)
        {
            if (Samples == 0)
            {
                FirstRssBytes = rssBytes;
            }

            Samples++;
            LastRssBytes = rssBytes;
            LastSampleAt = at;
            PeakRssBytes = Math.Max(PeakRssBytes, peakRssBytes);
        }
    }
}
