namespace Mentoring.Matching;

/// <summary>
/// The interned strings one round's encoding shares between both sides. While open, every value met gets an id; once
/// <see cref="Freeze"/> is called (a recommendation pool's mentor vocabulary), lookups never add, so concurrent readers
/// are safe, and a value the frozen side never had gets an id no row of that side holds.
/// </summary>
internal sealed class Vocabulary(TermSpace skills, TermSpace goals, TermSpace interests, Interner languages)
{
    /// <summary>The id of a non-empty organisation, department, industry or location the frozen side never had.</summary>
    public const int Unseen = -1;

    private bool _frozen;

    public TermSpace Skills { get; } = skills;
    public TermSpace Goals { get; } = goals;
    public TermSpace Interests { get; } = interests;
    public Interner Languages { get; } = languages;
    public Interner Organisations { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Interner Departments { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Interner Industries { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Interner Locations { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// After freezing, the bit of every language the frozen side never had: none of its rows speaks it, so a requirement
    /// of it stays unmet and a primary language of it is shared with nobody. The layout must hold this bit.
    /// </summary>
    public int OtherLanguage { get; private set; } = -1;

    public void Freeze()
    {
        OtherLanguage = Languages.Count;
        _frozen = true;
    }

    public int Language(string tag) => !_frozen ? Languages.Intern(tag) : Languages.Find(tag) is >= 0 and var id ? id : OtherLanguage;

    public int Organisation(string value) => Id(Organisations, value);

    public int Department(string value) => Id(Departments, value);

    public int Industry(string value) => Id(Industries, value);

    public int Location(string value) => Id(Locations, value);

    private int Id(Interner interner, string value) =>
        !_frozen ? interner.Intern(value) : string.IsNullOrEmpty(value) ? 0 : interner.Find(value) is >= 0 and var id ? id : Unseen;
}
