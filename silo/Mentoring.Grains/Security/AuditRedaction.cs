namespace Mentoring.Grains.Security;

/// <summary>Which audit resources a redaction covers, and what they read afterwards.</summary>
internal static class AuditRedaction
{
    /// <summary>The resource itself or one under it; "programmes/p/participants/ada" does not cover ".../adam".</summary>
    public static bool Covers(string resourceName, string resource) =>
        resource.StartsWith(resourceName, StringComparison.Ordinal)
        && (resource.Length == resourceName.Length || resource[resourceName.Length] == '/');

    public static string Apply(string resourceName, string replacement, string resource) =>
        string.Concat(replacement, resource.AsSpan(resourceName.Length));

    /// <summary>
    /// A prefix replacement the redaction would cover again could not be repeated safely after a partial failure; a
    /// whole-resource replacement can (a repeat rewrites it to itself, which changes nothing).
    /// </summary>
    public static void Validate(string resourceName, string replacement, bool wholeResource = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceName);
        ArgumentNullException.ThrowIfNull(replacement);
        if (!wholeResource && Covers(resourceName, replacement))
        {
            throw new ArgumentException($"The replacement must not name \"{resourceName}\" or a resource under it.", nameof(replacement));
        }
    }
}
