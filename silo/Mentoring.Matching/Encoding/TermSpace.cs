namespace Mentoring.Matching;

/// <summary>
/// Bit positions for one term category. Only terms that appear on both sides get a bit, because a term only one side
/// uses can never overlap; counts that normalise a component are taken from the full lists, so dropping bits never changes a score.
/// </summary>
internal sealed class TermSpace
{
    private readonly Dictionary<string, int> _bits;

    private TermSpace(Dictionary<string, int> bits) => _bits = bits;

    public int Count => _bits.Count;

    public int Words => FeatureLayout.WordsFor(_bits.Count);

    public static TermSpace Shared(IEnumerable<string> firstSide, IEnumerable<string> secondSide)
    {
        var first = new HashSet<string>(firstSide, StringComparer.Ordinal);
        var shared = secondSide.Where(first.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var bits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in shared)
        {
            bits.Add(term, bits.Count);
        }

        return new TermSpace(bits);
    }

    /// <summary>Every term of one side: a recommendation pool's mentor vocabulary, which must place any mentee's terms later.</summary>
    public static TermSpace Of(IEnumerable<string> terms)
    {
        var bits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            bits.Add(term, bits.Count);
        }

        return new TermSpace(bits);
    }

    public bool TryGetBit(string term, out int bit) => _bits.TryGetValue(term, out bit);
}
