using System.Diagnostics;

namespace Mentoring.Abstractions.Telemetry;

/// <summary>
/// The name shared by Mentoring's own activity source and meter, and the activity source itself; here so that the
/// gateway and the grains record on the same instruments without either seeing the other's types.
/// </summary>
public static class MentoringInstrumentation
{
    public const string Name = "Mentoring";

    public static readonly ActivitySource Activities = new(Name);
}
