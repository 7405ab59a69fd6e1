namespace Mentoring.Matching;

/// <summary>
/// Where each bitset sits inside a participant's fixed run of words. Skills are stored in level bands:
/// offered-below-level-k and wanted-at-least-level-k for k = 2..5, so the level shortfall of a pair is four AND-popcounts per word.
/// </summary>
public sealed class FeatureLayout
{
    public const int AvailabilityWords = 3;
    public const int LevelBands = 4;

    public FeatureLayout(int skillWords, int goalWords, int interestWords, int languageWords)
    {
        SkillWords = skillWords;
        GoalWords = goalWords;
        InterestWords = interestWords;
        LanguageWords = languageWords;
        WantedAny = (1 + LevelBands) * skillWords;
        Goals = 2 * (1 + LevelBands) * skillWords;
        Interests = Goals + goalWords;
        Availability = Interests + interestWords;
        Languages = Availability + AvailabilityWords;
        RequiredLanguages = Languages + languageWords;
        PrimaryLanguage = RequiredLanguages + languageWords;
        Stride = PrimaryLanguage + languageWords;
    }

    public int SkillWords { get; }
    public int GoalWords { get; }
    public int InterestWords { get; }
    public int LanguageWords { get; }

    /// <summary>Words per participant.</summary>
    public int Stride { get; }

    public int OfferedAny => 0;

    /// <summary>Skills offered at a level below <paramref name="level"/> (2..5).</summary>
    public int OfferedBelow(int level) => (level - 1) * SkillWords;

    public int WantedAny { get; }

    /// <summary>Skills wanted at <paramref name="level"/> (2..5) or higher.</summary>
    public int WantedAtLeast(int level) => WantedAny + ((level - 1) * SkillWords);

    public int Goals { get; }
    public int Interests { get; }
    public int Availability { get; }
    public int Languages { get; }
    public int RequiredLanguages { get; }
    public int PrimaryLanguage { get; }

    public static int WordsFor(int bits) => (bits + 63) >> 6;
}
