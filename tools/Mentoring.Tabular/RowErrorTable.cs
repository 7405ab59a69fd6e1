using System.Globalization;

namespace Mentoring.Tabular;

/// <summary>The error file of an import, one record per violation: line, participant_id, code, field, description.</summary>
public static class RowErrorTable
{
    public static IReadOnlyList<string> Header { get; } = ["line", "participant_id", "code", "field", "description"];

    public static IEnumerable<IReadOnlyList<string>> Rows(IEnumerable<RowError> errors) =>
        errors.Select(e => (IReadOnlyList<string>)[e.Line.ToString(CultureInfo.InvariantCulture), e.ParticipantId, e.Code, e.Field, e.Description]);
}
