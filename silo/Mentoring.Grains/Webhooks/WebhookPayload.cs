using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.Abstractions.Events;

namespace Mentoring.Grains.Webhooks;

/// <summary>
/// The JSON body of a delivery, in the Standard Webhooks shape: <c>type</c>, <c>timestamp</c> (when the change happened,
/// ISO 8601 UTC) and <c>data</c> (the event's own data, with the programme, the subject and the sequence added). It
/// depends on the event alone, so a retry or a duplicate sends the same bytes.
/// </summary>
public static class WebhookPayload
{
    public static string For(ProgrammeEvent programmeEvent)
    {
        var data = Parse(programmeEvent.Data);
        data["programme"] = $"programmes/{programmeEvent.ProgrammeId}";
        data["subject"] = programmeEvent.Subject;
        data["sequence"] = programmeEvent.Sequence;
        var body = new JsonObject
        {
            ["type"] = programmeEvent.Type,
            ["timestamp"] = programmeEvent.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["data"] = data,
        };
        return body.ToJsonString();
    }

    private static JsonObject Parse(string data)
    {
        try
        {
            return JsonNode.Parse(data.Length == 0 ? "{}" : data) as JsonObject ?? new JsonObject { ["value"] = JsonNode.Parse(data) };
        }
        catch (JsonException)
        {
            return new JsonObject { ["value"] = data };
        }
    }
}
