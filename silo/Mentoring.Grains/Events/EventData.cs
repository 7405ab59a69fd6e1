using System.Text.Json.Nodes;

namespace Mentoring.Grains.Events;

/// <summary>An event's data: a JSON object of ids and states only.</summary>
public static class EventData
{
    public static string Of(params (string Name, JsonNode? Value)[] fields)
    {
        var data = new JsonObject();
        foreach (var (name, value) in fields)
        {
            data[name] = value;
        }

        return data.ToJsonString();
    }
}
