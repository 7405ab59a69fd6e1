using Google.Protobuf;
using Mentoring.Contracts.V1;
using Mentoring.Tabular;

namespace Mentoring.Cli.Import;

/// <summary>
/// JSON lines: one object per line, {"participant_id": "bo", "participant": {...}}, in the proto3 JSON mapping of
/// ImportParticipantsRequest (the parent comes from --programme). Blank lines are skipped.
/// </summary>
public static class ParticipantJsonLines
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    public static IEnumerable<ImportRow> Read(TextReader reader, string parent)
    {
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return Parse(line, text, parent);
        }
    }

    private static ImportRow Parse(int line, string text, string parent)
    {
        try
        {
            var request = Parser.Parse<ImportParticipantsRequest>(text);
            request.Parent = parent;
            return new ImportRow(line, request.ParticipantId, request, []);
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException or FormatException)
        {
            return new ImportRow(line, "", null, [new("line", e.Message)]);
        }
    }
}
