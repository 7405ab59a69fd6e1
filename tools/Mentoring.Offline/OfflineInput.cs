using System.Text.Json;
using Google.Protobuf;
using Mentoring.Contracts.Mapping;
using Mentoring.Domain;

namespace Mentoring.Offline;

/// <summary>
/// Reads {"programme": Programme, "participants": [Participant, ...]} where each element uses the proto3 JSON
/// mapping of mentoring.v1; participants are named "programmes/{programme}/participants/{id}".
/// Everything is validated exactly as the API validates it.
/// </summary>
public static class OfflineInput
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    public static (Programme Programme, IReadOnlyList<Participant> Participants, IReadOnlyList<FieldViolation> Violations) Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var violations = new List<FieldViolation>();

        var programmeProto = Parser.Parse<Contracts.V1.Programme>(root.GetProperty("programme").GetRawText());
        var programme = ProgrammeMapper.ToDomain(programmeProto);
        violations.AddRange(FieldViolations.Combine(programme.Violations, ProgrammeValidator.Validate(programme.Value)));

        var participants = new List<Participant>();
        var index = 0;
        foreach (var element in root.GetProperty("participants").EnumerateArray())
        {
            var proto = Parser.Parse<Contracts.V1.Participant>(element.GetRawText());
            var mapped = ParticipantMapper.ToDomain(proto);
            var problems = FieldViolations.Combine(mapped.Violations, ParticipantValidator.Validate(mapped.Value, programme.Value));
            if (mapped.Value.ProgrammeId != programme.Value.Id)
            {
                problems = [.. problems, new FieldViolation("participant.name", $"must be under {programmeProto.Name}")];
            }

            violations.AddRange(problems.Select(v => v with { Field = $"participants[{index}].{v.Field}" }));
            participants.Add(mapped.Value);
            index++;
        }

        return (programme.Value, participants, violations);
    }
}
