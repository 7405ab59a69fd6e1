namespace Mentoring.Domain;

/// <summary>The e-mail address rule: one '@' between a local part and a dotted domain, no spaces or control characters.</summary>
public static class EmailAddresses
{
    public static bool IsWellFormed(string address)
    {
        if (address.Length is 0 or > Limits.MaxEmailLength || address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        var at = address.IndexOf('@');
        if (at <= 0 || at != address.LastIndexOf('@') || at > 64)
        {
            return false;
        }

        var domain = address[(at + 1)..];
        var labels = domain.Split('.');
        return labels.Length >= 2 && labels.All(label => label.Length is > 0 and <= 63 && label[0] != '-' && label[^1] != '-');
    }
}
