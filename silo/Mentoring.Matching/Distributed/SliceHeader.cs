namespace Mentoring.Matching.Distributed;

/// <summary>Positions of the scalar settings inside <see cref="ScoringSlice.Header"/>.</summary>
public static class SliceHeader
{
    public const int MenteeStart = 0;
    public const int MenteeCount = 1;
    public const int MentorStart = 2;
    public const int MentorCount = 3;
    public const int TopK = 4;

    /// <summary>1 when the block must carry ranked-choice positions (stable solve on ranked choices), else 0.</summary>
    public const int WithRanks = 5;

    public const int SkillWords = 6;
    public const int GoalWords = 7;
    public const int InterestWords = 8;
    public const int LanguageWords = 9;
    public const int MinimumOverlapHours = 10;
    public const int TargetOverlapHours = 11;
    public const int SeniorityGapMin = 12;
    public const int SeniorityGapMax = 13;
    public const int OrganisationMode = 14;
    public const int CompetitorClasses = 15;
    public const int Length = 16;

    /// <summary>Per pair exception, <see cref="ScoringSlice.ExceptionFacts"/> holds rule, mentee rank, mentor rank.</summary>
    public const int FactsPerException = 3;

    /// <summary><see cref="ScoringSlice.Weights"/>: the twelve component weights in <see cref="ScoreComponent"/> order, then the minimum score.</summary>
    public const int WeightCount = ComponentScores.Count + 1;
}
