namespace Mentoring.Domain;

/// <summary>Rules for caller-supplied ids: 1-64 characters of letters, digits, '.', '_' or '-', starting with a letter or digit.</summary>
public static class ResourceIds
{
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > Limits.MaxIdLength || !char.IsAsciiLetterOrDigit(id[0]))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    public static string Describe(string? id) =>
        string.IsNullOrEmpty(id) ? "is required"
        : id.Length > Limits.MaxIdLength ? $"must be at most {Limits.MaxIdLength} characters"
        : "may contain only letters, digits, '.', '_' and '-', and must start with a letter or digit";
}
