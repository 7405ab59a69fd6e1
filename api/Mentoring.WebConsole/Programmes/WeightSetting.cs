namespace Mentoring.WebConsole.Programmes;

/// <summary>One score weight as a slider edits it: the proto field it sets and its value (0 to <see cref="Max"/>).</summary>
public sealed class WeightSetting(string field, double value)
{
    public const double Max = 10;

    public string Field { get; } = field;

    public double Value { get; set; } = value;
}
