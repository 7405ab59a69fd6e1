namespace Mentoring.Matching;

/// <summary>Maps strings to dense ints in first-seen order. Id 0 is reserved for the empty string ("unknown").</summary>
internal sealed class Interner
{
    private readonly Dictionary<string, int> _ids;

    public Interner(StringComparer comparer)
    {
        _ids = new Dictionary<string, int>(comparer) { [""] = 0 };
    }

    public int Count => _ids.Count;

    public int Intern(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        if (!_ids.TryGetValue(value, out var id))
        {
            id = _ids.Count;
            _ids.Add(value, id);
        }

        return id;
    }

    public int Find(string value) => _ids.TryGetValue(value ?? "", out var id) ? id : -1;
}
