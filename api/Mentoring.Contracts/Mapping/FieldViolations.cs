using Mentoring.Domain;

namespace Mentoring.Contracts.Mapping;

/// <summary>Joins mapping violations with domain validator violations for one error response.</summary>
public static class FieldViolations
{
    /// <summary>
    /// Keeps every mapping violation and the validator violations on unrelated fields. A validator
    /// violation on the same field, a parent or a child of a mapping violation is dropped, because
    /// the mapper already explained it better (e.g. a malformed "HH:MM" also looks like an empty window).
    /// </summary>
    public static IReadOnlyList<FieldViolation> Combine(IReadOnlyList<FieldViolation> mapping, IReadOnlyList<FieldViolation> validation)
    {
        var combined = new List<FieldViolation>(mapping);
        foreach (var violation in validation)
        {
            if (!mapping.Any(m => Related(m.Field, violation.Field)))
            {
                combined.Add(violation);
            }
        }

        return combined;
    }

    private static bool Related(string a, string b) => a == b || IsUnder(a, b) || IsUnder(b, a);

    private static bool IsUnder(string child, string parent) =>
        child.Length > parent.Length && child.StartsWith(parent, StringComparison.Ordinal) && child[parent.Length] is '.' or '[';
}
