namespace Mentoring.Domain;

/// <summary>Two organisations whose people must never be matched with each other, in either direction.</summary>
public sealed record OrganisationPair(string First, string Second)
{
    public bool Covers(string a, string b) =>
        (string.Equals(First, a, StringComparison.OrdinalIgnoreCase) && string.Equals(Second, b, StringComparison.OrdinalIgnoreCase))
        || (string.Equals(First, b, StringComparison.OrdinalIgnoreCase) && string.Equals(Second, a, StringComparison.OrdinalIgnoreCase));
}
