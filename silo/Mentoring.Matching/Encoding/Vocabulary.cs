namespace Mentoring.Matching;

/// <summary>
/// The interned strings one encoding shares between both sides. A frozen vocabulary encodes further participants
/// against the same layout without growing: a term it does not know gets no bit (it can overlap with nobody encoded
/// so far), a value it does not know gets <see cref="Interner.Unknown"/>, and a required language it does not know sets
/// bit 0 of the language space, which nobody speaks, so the requirement still fails.
/// </summary>
internal sealed class Vocabulary(TermSpace skills, TermSpace goals, TermSpace interests, Interner languages)
{
    /// <summary>The language bit no participant sets: id 0 belongs to the empty tag, which validation never lets through.</summary>
    public const int UnspokenLanguage = 0;

    public TermSpace Skills { get; } = skills;
    public TermSpace Goals { get; } = goals;
    public TermSpace Interests { get; } = interests;
    public Interner Languages { get; } = languages;
    public Interner Organisations { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Interner Departments { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Interner Industries { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Interner Locations { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool Frozen { get; private set; }

    public void Freeze() => Frozen = true;

    public int IdOf(Interner interner, string value) => Frozen ? interner.Find(value) : interner.Intern(value);
}
