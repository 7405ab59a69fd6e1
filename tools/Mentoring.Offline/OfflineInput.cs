using System.Text.Json;
using Google.Protobuf;
using Mentoring.Contracts.Mapping;
using Mentoring.Domain;

namespace Mentoring.Offline;

/// <summary>
/// Reads {"programme": Programme, "participants": [Participant, ...]} where each element uses the proto3 JSON
/// mapping of mentoring.v1; participants are named "programmes/{programme}/participants/{id}", each id once.
/// Everything is validated exactly as the API validates it; an input that is not such a document (not JSON, empty,
/// unknown keys or fields, a value of the wrong type) is reported as violations too, never thrown.
/// </summary>
public static class OfflineInput
{
    private const string ProgrammeKey = "programme";
    private const string ParticipantsKey = "participants";
    private const string Shape = "{\"programme\": {...}, \"participants\": [...]}";

    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    public static (Programme Programme, IReadOnlyList<Participant> Participants, IReadOnlyList<FieldViolation> Violations) Parse(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Refused([new("input", $"is empty; expected {Shape}")]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return Refused([new("input", $"is not valid JSON: {e.Message}")]);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    private static (Programme, IReadOnlyList<Participant>, IReadOnlyList<FieldViolation>) Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Refused([new("input", $"must be a JSON object {Shape}")]);
        }

        var violations = new List<FieldViolation>();
        foreach (var property in root.EnumerateObject().Where(p => p.Name is not (ProgrammeKey or ParticipantsKey)))
        {
            violations.Add(new(property.Name, $"is not a key of the input; it has only \"{ProgrammeKey}\" and \"{ParticipantsKey}\""));
        }

        var programmeProto = Required(root, ProgrammeKey, violations) is { } programmeElement
            ? Message<Contracts.V1.Programme>(programmeElement, ProgrammeKey, violations)
            : null;
        var elements = Required(root, ParticipantsKey, violations);
        if (elements is { ValueKind: not JsonValueKind.Array })
        {
            violations.Add(new(ParticipantsKey, "must be a JSON array"));
        }

        if (programmeProto is null || violations.Count > 0)
        {
            return Refused(violations);
        }

        var programme = ProgrammeMapper.ToDomain(programmeProto);
        violations.AddRange(FieldViolations.Combine(programme.Violations, ProgrammeValidator.Validate(programme.Value)));

        var participants = new List<Participant>();
        var firsts = new Dictionary<string, (int Index, ParticipantRole Role)>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in elements!.Value.EnumerateArray())
        {
            var path = $"{ParticipantsKey}[{index}]";
            if (Message<Contracts.V1.Participant>(element, path, violations) is { } proto)
            {
                var mapped = ParticipantMapper.ToDomain(proto);
                var problems = FieldViolations.Combine(mapped.Violations, ParticipantValidator.Validate(mapped.Value, programme.Value));
                if (mapped.Value.ProgrammeId != programme.Value.Id)
                {
                    problems = [.. problems, new FieldViolation("participant.name", $"must be under {programmeProto.Name}")];
                }
                else if (mapped.Value.Id.Length > 0 && !firsts.TryAdd(mapped.Value.Id, (index, mapped.Value.Role)))
                {
                    var first = firsts[mapped.Value.Id];
                    problems = [.. problems, new FieldViolation("participant.name",
                        $"repeats the id '{mapped.Value.Id}' of {ParticipantsKey}[{first.Index}], a {first.Role.ToString().ToLowerInvariant()}; an id names one participant")];
                }

                violations.AddRange(problems.Select(v => v with { Field = $"{path}.{v.Field}" }));
                participants.Add(mapped.Value);
            }

            index++;
        }

        return (programme.Value, participants, violations);
    }

    private static JsonElement? Required(JsonElement root, string key, List<FieldViolation> violations)
    {
        if (root.TryGetProperty(key, out var value))
        {
            return value;
        }

        violations.Add(new(key, "is required"));
        return null;
    }

    /// <summary>The element as a message, or null with a violation naming the JSON property at fault.</summary>
    private static T? Message<T>(JsonElement element, string path, List<FieldViolation> violations)
        where T : class, IMessage, new()
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            violations.Add(new(path, "must be a JSON object"));
            return null;
        }

        if (TryParse<T>(element.GetRawText(), out var message, out var problem))
        {
            return message;
        }

        // The parser's message names no field for a wrong value ("Invalid numeric value"): parse each property alone to find it.
        var field = path;
        foreach (var property in element.EnumerateObject())
        {
            if (!TryParse<T>($"{{{JsonSerializer.Serialize(property.Name)}: {property.Value.GetRawText()}}}", out _, out _))
            {
                field = $"{path}.{property.Name}";
                break;
            }
        }

        violations.Add(new(field, problem));
        return null;
    }

    private static bool TryParse<T>(string json, out T? message, out string problem)
        where T : class, IMessage, new()
    {
        try
        {
            message = Parser.Parse<T>(json);
            problem = "";
            return true;
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException or FormatException or OverflowException)
        {
            message = null;
            problem = e.Message;
            return false;
        }
    }

    private static (Programme, IReadOnlyList<Participant>, IReadOnlyList<FieldViolation>) Refused(IReadOnlyList<FieldViolation> violations) =>
        (new Programme { Id = "" }, [], violations);
}
