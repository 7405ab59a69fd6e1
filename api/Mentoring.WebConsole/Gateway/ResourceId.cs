namespace Mentoring.WebConsole.Gateway;

/// <summary>The last segment of a resource name ("programmes/acme/participants/ada" → "ada"), for links and display.</summary>
public static class ResourceId
{
    public static string Last(string name) => name[(name.LastIndexOf('/') + 1)..];
}
