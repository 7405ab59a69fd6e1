namespace Mentoring.Grains.Rounds;

/// <summary>How a round cuts and spreads its work, bound from "Mentoring:Rounds".</summary>
public sealed class RoundOptions
{
    public const string Section = "Mentoring:Rounds";

    /// <summary>Mentees per work item.</summary>
    public int MenteeBatch { get; set; } = 4096;

    /// <summary>Mentors per work item.</summary>
    public int MentorBatch { get; set; } = 4096;

    /// <summary>Work items in flight at once across the cluster.</summary>
    public int MaxConcurrentWorkItems { get; set; } = 8;

    /// <summary>Attempts per work item before the round fails (a lost silo costs one attempt).</summary>
    public int WorkItemAttempts { get; set; } = 3;

    /// <summary>Matches (and unmatched mentees) per stored result page.</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>Rounds whose coordinators run at once on one silo; more wait in the Queued phase.</summary>
    public int MaxRunningPerSilo { get; set; } = 2;

    /// <summary>Rounds running at once in the whole cluster; more wait in the Queued phase, admitted in arrival order.</summary>
    public int MaxRunningPerCluster { get; set; } = 4;

    /// <summary>How often a queued round asks again for a slot.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Refuses settings that would only fail later, inside a round.</summary>
    public void Validate()
    {
        if (MenteeBatch < 1 || MentorBatch < 1 || MaxConcurrentWorkItems < 1 || WorkItemAttempts < 1 || PageSize < 1
            || MaxRunningPerSilo < 1 || MaxRunningPerCluster < 1)
        {
            throw new InvalidOperationException(
                $"{Section}: MenteeBatch, MentorBatch, MaxConcurrentWorkItems, WorkItemAttempts, PageSize, MaxRunningPerSilo and MaxRunningPerCluster must all be at least 1.");
        }

        if (QueuePollInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{Section}: QueuePollInterval must be positive.");
        }
    }
}
