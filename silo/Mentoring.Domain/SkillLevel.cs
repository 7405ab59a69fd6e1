namespace Mentoring.Domain;

/// <summary>A taxonomy term with a proficiency level from <see cref="MinLevel"/> to <see cref="MaxLevel"/>.</summary>
public sealed record SkillLevel(string Term, int Level)
{
    public const int MinLevel = 1;
    public const int MaxLevel = 5;
}
