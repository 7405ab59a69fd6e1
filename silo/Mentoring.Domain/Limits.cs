namespace Mentoring.Domain;

/// <summary>Size limits on everything a caller can send. They keep grains, storage and scoring bounded.</summary>
public static class Limits
{
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;
    public const int MaxShortTextLength = 120;
    public const int MaxListItems = 64;
    public const int MaxAvailabilityWindows = 42;
    public const int MaxTaxonomyTerms = 4096;
    public const int MaxTermLength = 80;
    public const int MaxCompetitorPairs = 500;
    public const int MaxCapacity = 50;
    public const int MaxSeniorityYears = 70;
    public const int MaxReportingLine = 2;
}
