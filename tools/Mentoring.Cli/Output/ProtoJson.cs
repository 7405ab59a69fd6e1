using System.Text.Json.Nodes;
using Google.Protobuf;

namespace Mentoring.Cli.Output;

/// <summary>API messages as JSON in the proto3 JSON mapping with the proto's own snake_case field names (like the tool's own fields), default values included so a script sees every field.</summary>
public static class ProtoJson
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true).WithPreserveProtoFieldNames(true));

    public static JsonNode ToNode(IMessage message) => JsonNode.Parse(Formatter.Format(message))!;

    public static JsonArray ToArray(IEnumerable<IMessage> messages) => new(messages.Select(m => (JsonNode?)ToNode(m)).ToArray());
}
