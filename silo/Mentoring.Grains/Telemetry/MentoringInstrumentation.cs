using System.Diagnostics;

namespace Mentoring.Grains.Telemetry;

/// <summary>The name shared by Mentoring's own activity source and meter, and the activity source itself.</summary>
public static class MentoringInstrumentation
{
    public const string Name = "Mentoring";

    public static readonly ActivitySource Activities = new(Name);
}
