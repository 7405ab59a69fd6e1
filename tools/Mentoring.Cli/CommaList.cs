namespace Mentoring.Cli;

/// <summary>The values of an option that may be repeated, comma-separated, or both (`--scopes a,b --scopes c`).</summary>
public static class CommaList
{
    public static IEnumerable<string> Items(IEnumerable<string>? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
