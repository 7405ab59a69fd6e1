namespace Mentoring.Domain;

/// <summary>
/// The structure of a BCP 47 (RFC 5646) language tag: language (2-3 letters, with up to three extended subtags),
/// then optional script, region, variants, extensions and private use. Language subtags of 4 letters are reserved
/// and none of 5-8 letters is registered, so a language name such as "English" is refused. Checked by structure,
/// not by a culture table, so it answers the same on every host.
/// </summary>
public static class LanguageTags
{
    public const string Hint = "use a language code such as \"en\"";

    public static bool IsWellFormed(string tag)
    {
        if (tag.Length is 0 or > 64)
        {
            return false;
        }

        var subtags = tag.Split('-');
        if (subtags.Any(s => s.Length is 0 or > 8 || !s.All(char.IsAsciiLetterOrDigit)))
        {
            return false;
        }

        if (IsSingleton(subtags[0], 'x'))
        {
            return PrivateUse(subtags, 0);
        }

        if (!IsLetters(subtags[0], 2, 3))
        {
            return false;
        }

        var i = 1;
        for (var extended = 0; extended < 3 && i < subtags.Length && IsLetters(subtags[i], 3, 3); extended++)
        {
            i++;
        }

        if (i < subtags.Length && IsLetters(subtags[i], 4, 4))
        {
            i++;
        }

        if (i < subtags.Length && (IsLetters(subtags[i], 2, 2) || (subtags[i].Length == 3 && subtags[i].All(char.IsAsciiDigit))))
        {
            i++;
        }

        while (i < subtags.Length && IsVariant(subtags[i]))
        {
            i++;
        }

        while (i < subtags.Length && subtags[i].Length == 1 && !IsSingleton(subtags[i], 'x'))
        {
            var start = ++i;
            while (i < subtags.Length && subtags[i].Length >= 2)
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        return i == subtags.Length || (IsSingleton(subtags[i], 'x') && PrivateUse(subtags, i));
    }

    private static bool IsLetters(string subtag, int min, int max) =>
        subtag.Length >= min && subtag.Length <= max && subtag.All(char.IsAsciiLetter);

    private static bool IsVariant(string subtag) =>
        subtag.Length >= 5 || (subtag.Length == 4 && char.IsAsciiDigit(subtag[0]));

    private static bool IsSingleton(string subtag, char letter) =>
        subtag.Length == 1 && char.ToLowerInvariant(subtag[0]) == letter;

    /// <summary>"x" followed by at least one subtag of 1-8 letters or digits, to the end.</summary>
    private static bool PrivateUse(string[] subtags, int x) => subtags.Length > x + 1;
}
