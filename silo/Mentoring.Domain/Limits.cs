namespace Mentoring.Domain;

/// <summary>Size limits on everything a caller can send. They keep grains, storage and scoring bounded.</summary>
public static class Limits
{
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;
    public const int MaxShortTextLength = 120;
    public const int MaxEmailLength = 254;
    public const int MaxListItems = 64;
    public const int MaxAvailabilityWindows = 42;
    public const int MaxTaxonomyTerms = 4096;
    public const int MaxTermLength = 80;
    public const int MaxCompetitorPairs = 500;
    public const int MaxCapacity = 50;
    public const int MaxSeniorityYears = 70;
    public const int MaxReportingLine = 2;

    /// <summary>
    /// Earliest programme end time: anything before is a client's mistake, above all the zero timestamp (1970), which
    /// would make retention purge the programme at once.
    /// </summary>
    public static readonly DateTimeOffset MinEndTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Latest programme end time; leaves room to add any retention period without overflow.</summary>
    public static readonly DateTimeOffset MaxEndTime = new(2999, 12, 31, 23, 59, 59, TimeSpan.Zero);
}
