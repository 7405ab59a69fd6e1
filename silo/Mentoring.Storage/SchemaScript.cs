using System.Globalization;
using System.Text.RegularExpressions;

namespace Mentoring.Storage;

/// <summary>One embedded SQL script and the component version its header declares.</summary>
internal sealed partial record SchemaScript(string Component, int Version, string Text)
{
    public static SchemaScript Parse(string resourceName, string text)
    {
        var header = HeaderPattern().Match(text);
        if (!header.Success)
        {
            throw new InvalidOperationException($"Schema script '{resourceName}' lacks its '-- mentoring-schema: component=... version=...' header.");
        }

        return new SchemaScript(
            header.Groups["component"].Value,
            int.Parse(header.Groups["version"].Value, CultureInfo.InvariantCulture),
            text);
    }

    [GeneratedRegex(@"^--\s*mentoring-schema:\s*component=(?<component>[a-z]+)\s+version=(?<version>\d+)", RegexOptions.Multiline)]
    private static partial Regex HeaderPattern();
}
