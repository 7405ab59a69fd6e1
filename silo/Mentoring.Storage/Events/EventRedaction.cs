using System.Text.Json.Nodes;

namespace Mentoring.Storage.Events;

/// <summary>
/// Replaces an erased participant's id by their pseudonym in an event's subject and data: wherever it is a whole
/// resource-name segment or a whole JSON string (the only places the log puts ids).
/// </summary>
public static class EventRedaction
{
    public static string Subject(string subject, string participantId, string pseudonym) =>
        string.Join('/', subject.Split('/').Select(segment => segment == participantId ? pseudonym : segment));

    public static string Data(string data, string participantId, string pseudonym)
    {
        var node = JsonNode.Parse(data);
        return node is null ? data : Rewrite(node, participantId, pseudonym)?.ToJsonString() ?? data;
    }

    private static JsonNode? Rewrite(JsonNode node, string participantId, string pseudonym)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is not null)
                    {
                        obj[name] = Rewrite(value.DeepClone(), participantId, pseudonym);
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        array[i] = Rewrite(item.DeepClone(), participantId, pseudonym);
                    }
                }

                return array;
            case JsonValue value when value.TryGetValue<string>(out var text):
                var rewritten = Subject(text, participantId, pseudonym);
                return rewritten == text ? value : JsonValue.Create(rewritten);
            default:
                return node;
        }
    }
}
