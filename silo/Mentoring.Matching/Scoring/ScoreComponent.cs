namespace Mentoring.Matching;

/// <summary>One weighted part of a pair's score; each is normalised to 0..1.</summary>
public enum ScoreComponent
{
    Skills = 0,
    Goals,
    Interests,
    Availability,
    Language,
    Seniority,
    TimeZone,
    Format,
    Organisation,
    Industry,
    Rank,
    PriorEngagement,
}
