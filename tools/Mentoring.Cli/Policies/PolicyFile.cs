using System.Text.Json.Nodes;
using Google.Protobuf;
using Mentoring.Cli.Output;
using Mentoring.Contracts.V1;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Mentoring.Cli.Policies;

/// <summary>
/// A matching policy in a file, JSON or YAML (by extension: .yaml/.yml is YAML), in the proto3 JSON mapping of
/// mentoring.v1.MatchingPolicy: field names as in the proto or lowerCamelCase, enums by name.
/// </summary>
public static class PolicyFile
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    public static MatchingPolicy Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException($"The policy file {path} does not exist.");
        }

        var text = File.ReadAllText(path);
        try
        {
            var json = IsYaml(path) ? YamlToJson.Convert(text)?.ToJsonString() ?? "{}" : text;
            return Parser.Parse<MatchingPolicy>(json);
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException or YamlException or System.Text.Json.JsonException or InvalidCastException)
        {
            throw new CliUsageException($"The policy file {path} is not a valid matching policy: {e.Message}");
        }
    }

    /// <summary>Writes the policy for editing, in the format the file's extension names.</summary>
    public static void Write(string path, MatchingPolicy policy)
    {
        var json = ProtoJson.ToNode(policy);
        File.WriteAllText(path, IsYaml(path) ? new SerializerBuilder().Build().Serialize(Plain(json)) : json.ToJsonString(new() { WriteIndented = true }) + "\n");
    }

    private static bool IsYaml(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml";

    /// <summary>JSON nodes as plain dictionaries, lists and scalars, which the YAML serializer writes naturally.</summary>
    private static object? Plain(JsonNode? node) => node switch
    {
        JsonObject o => o.ToDictionary(p => p.Key, p => Plain(p.Value)),
        JsonArray a => a.Select(Plain).ToList(),
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<double>(out var d) => d,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v => v.ToString(),
        _ => null,
    };
}
