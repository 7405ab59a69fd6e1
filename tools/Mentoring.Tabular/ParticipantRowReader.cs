using Mentoring.Contracts.V1;

namespace Mentoring.Tabular;

/// <summary>
/// Reads data records into import rows against a mapped header: cell problems are violations of their field, and an
/// id already seen is refused naming both lines; a row with any violation is not sent.
/// </summary>
internal sealed class ParticipantRowReader(ParticipantHeader header, string parent, bool shortRowsAllowed)
{
    private readonly Dictionary<string, int> _firstLineOfId = new(StringComparer.Ordinal);

    public ImportRow Read(TableRecord record)
    {
        var participant = new Participant();
        var cells = record.Cells;
        var errors = new List<RowViolation>();
        var width = header.Columns.Count;
        if ((cells.Count > width && cells.Skip(width).Any(c => !string.IsNullOrWhiteSpace(c))) || (cells.Count < width && !shortRowsAllowed))
        {
            errors.Add(new("row", $"has {cells.Count} fields, the header has {width}"));
        }

        var id = header.IdIndex >= 0 && header.IdIndex < cells.Count ? cells[header.IdIndex].Trim() : "";
        for (var i = 0; i < Math.Min(width, cells.Count); i++)
        {
            var value = cells[i].Trim();
            if (header.Columns[i] is { } column && value.Length > 0 && column.Apply(participant, value) is { } problem)
            {
                errors.Add(new("participant." + column.Field, problem));
            }
        }

        if (id.Length > 0 && !_firstLineOfId.TryAdd(id, record.Line))
        {
            errors.Add(new("participant_id", $"\"{id}\" is on line {_firstLineOfId[id]} and line {record.Line}: each id may appear once"));
        }

        return new ImportRow(record.Line, id, errors.Count == 0
            ? new ImportParticipantsRequest { Parent = parent, ParticipantId = id, Participant = participant }
            : null, errors);
    }
}
