using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Mentoring.Hosting;

/// <summary>Mentoring's own activity source and meter.</summary>
public static class MentoringTelemetry
{
    public const string SourceName = "Mentoring";

    public static readonly ActivitySource Activities = new(SourceName);

    public static readonly Meter Meter = new(SourceName);

    public static readonly Counter<long> ParticipantsImported =
        Meter.CreateCounter<long>("mentoring.participants.imported", description: "Participants accepted by the bulk import.");
}
