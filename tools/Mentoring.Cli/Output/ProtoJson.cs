using System.Text.Json.Nodes;
using Google.Protobuf;

namespace Mentoring.Cli.Output;

/// <summary>API messages as JSON in the proto3 JSON mapping, default values included so a script sees every field.</summary>
public static class ProtoJson
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));

    public static JsonNode ToNode(IMessage message) => JsonNode.Parse(Formatter.Format(message))!;

    public static JsonArray ToArray(IEnumerable<IMessage> messages) => new(messages.Select(m => (JsonNode?)ToNode(m)).ToArray());
}
