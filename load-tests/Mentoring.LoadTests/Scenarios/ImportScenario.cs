using Mentoring.Synthetic;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>
/// Bulk import: a fresh programme of --participants people through ImportParticipants, against streaming the same bytes
/// to the echo server; then the whole programme listed in pages of 1,000.
/// </summary>
public static class ImportScenario
{
    public static async Task RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var programme = await ProgrammeLoader.LoadAsync(context, ProgrammeShape.ForParticipants(context.Options.Participants), ct);
        await ListingMeasurement.RunAsync(context, programme, ct);
    }
}
