namespace Mentoring.Matching;

/// <summary>The interned strings one round's encoding shares between both sides.</summary>
internal sealed class Vocabulary(TermSpace skills, TermSpace goals, TermSpace interests, Interner languages)
{
    public TermSpace Skills { get; } = skills;
    public TermSpace Goals { get; } = goals;
    public TermSpace Interests { get; } = interests;
    public Interner Languages { get; } = languages;
    public Interner Organisations { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Interner Departments { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Interner Industries { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Interner Locations { get; } = new(StringComparer.OrdinalIgnoreCase);
}
