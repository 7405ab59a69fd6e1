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

    /// <summary>Refuses settings that would only fail later, inside a round.</summary>
    public void Validate()
    {
        if (MenteeBatch < 1 || MentorBatch < 1 || MaxConcurrentWorkItems < 1 || WorkItemAttempts < 1 || PageSize < 1)
        {
            throw new InvalidOperationException(
                $"{Section}: MenteeBatch, MentorBatch, MaxConcurrentWorkItems, WorkItemAttempts and PageSize must all be at least 1.");
        }
    }
}
