using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Cli.Tests.Infrastructure;

/// <summary>
/// The shape of a JSON document as sorted "path: type" lines; array items share the path "[]". Values do not matter,
/// so the golden files pin the schema scripts rely on, not the data.
/// </summary>
public static class JsonSchema
{
    public static string Of(string json)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        Walk(JsonNode.Parse(json), "$", lines);
        return string.Join('\n', lines) + "\n";
    }

    private static void Walk(JsonNode? node, string path, SortedSet<string> lines)
    {
        switch (node)
        {
            case null:
                lines.Add($"{path}: null");
                break;
            case JsonObject o:
                lines.Add($"{path}: object");
                foreach (var (key, value) in o)
                {
                    Walk(value, $"{path}.{key}", lines);
                }

                break;
            case JsonArray a:
                lines.Add($"{path}: array");
                foreach (var item in a)
                {
                    Walk(item, path + "[]", lines);
                }

                break;
            case JsonValue v:
                lines.Add($"{path}: {v.GetValueKind() switch
                {
                    JsonValueKind.String => "string",
                    JsonValueKind.Number => "number",
                    JsonValueKind.True or JsonValueKind.False => "boolean",
                    var other => other.ToString().ToLowerInvariant(),
                }}");
                break;
        }
    }
}
