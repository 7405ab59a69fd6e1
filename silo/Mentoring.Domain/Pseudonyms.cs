namespace Mentoring.Domain;

/// <summary>
/// The ids that stand in for an erased participant in what outlives them (round results, other people's match slots,
/// the audit log). Random, so nothing stored leads back to the person; the prefix is reserved, so a pseudonym is never
/// mistaken for a live participant.
/// </summary>
public static class Pseudonyms
{
    public const string Prefix = "erased-";

    public static string New() => Prefix + Guid.NewGuid().ToString("N")[..16];

    public static bool IsPseudonym(string id) => id.StartsWith(Prefix, StringComparison.Ordinal);
}
