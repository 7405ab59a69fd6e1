using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Mentoring.Contracts.Mapping;

/// <summary>
/// A position in a round's stored result pages: the page index and the offset inside it. Tokens are scoped
/// to the round and the listing, so a token from one round or listing is rejected by another.
/// </summary>
public readonly record struct RoundResultCursor(int Page, int Offset)
{
    public static RoundResultCursor Start => new(0, 0);

    public string ToToken(string scope) =>
        PageTokens.Encode(string.Create(CultureInfo.InvariantCulture, $"{Page}.{Offset}"), scope);

    public static bool TryParse(string token, string scope, [NotNullWhen(true)] out RoundResultCursor? cursor)
    {
        cursor = null;
        if (!PageTokens.TryDecode(token, scope, out var value)
            || value.Split('.') is not [var page, var offset]
            || !int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var pageIndex)
            || !int.TryParse(offset, NumberStyles.None, CultureInfo.InvariantCulture, out var offsetIndex))
        {
            return false;
        }

        cursor = new RoundResultCursor(pageIndex, offsetIndex);
        return true;
    }
}
