namespace Mentoring.Domain;

/// <summary>Accumulates field violations while a validator walks a message.</summary>
internal sealed class ViolationCollector
{
    private readonly List<FieldViolation> _violations = [];

    public IReadOnlyList<FieldViolation> Violations => _violations;

    public void Add(string field, string description) => _violations.Add(new FieldViolation(field, description));

    public void Id(string field, string? value)
    {
        if (!ResourceIds.IsValid(value))
        {
            Add(field, ResourceIds.Describe(value));
        }
    }

    public void Text(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters");
        }
    }

    public bool Count<T>(string field, IReadOnlyCollection<T> items, int maxItems)
    {
        if (items.Count > maxItems)
        {
            Add(field, $"must have at most {maxItems} items");
            return false;
        }

        return true;
    }

    public void Range(string field, double value, double min, double max)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            Add(field, $"must be between {min} and {max}");
        }
    }

    public void Distinct(string field, IEnumerable<string> items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in items)
        {
            if (!seen.Add(item))
            {
                Add($"{field}[{index}]", $"'{item}' is listed twice");
            }

            index++;
        }
    }
}
