namespace Mentoring.Matching;

/// <summary>Shape constants of the score components that the policy does not configure.</summary>
public static class ScoringConstants
{
    /// <summary>Credit lost per level a mentor is below the wanted level, so a shortfall of 4 levels still earns 0.2.</summary>
    public const float SkillLevelGapPenalty = 0.2f;

    /// <summary>Shared interests at which common ground saturates; a constant so long interest lists earn no priority.</summary>
    public const int InterestSaturation = 3;

    /// <summary>Years outside the preferred seniority window at which the seniority component reaches 0.</summary>
    public const float SeniorityDecayYears = 8f;

    /// <summary>Language score when the mentor does not speak the mentee's first language but they share another.</summary>
    public const float SecondaryLanguageScore = 0.5f;

    public const float FormatOnline = 0.75f;
    public const float FormatInPersonSameLocation = 1f;
    public const float FormatInPersonElsewhere = 0.25f;

    /// <summary>Organisation and industry score when the participant stated no preference.</summary>
    public const float NoPreference = 0.5f;

    /// <summary>Prior engagement score when only the mentor lists the mentee.</summary>
    public const float MentorOnlyEngagement = 0.5f;

    /// <summary>Ranked lists hold at most this many ids; rank r earns 1 - r / RankSpan.</summary>
    public const int RankSpan = 64;
}
