using Mentoring.Domain;

namespace Mentoring.Domain.Tests;

/// <summary>Small valid programmes and participants that single tests break one rule at a time.</summary>
internal static class Fixtures
{
    public static readonly string[] Terms = [.. Enumerable.Range(0, 20).Select(i => $"term-{i}")];

    public static Programme Programme() => new()
    {
        Id = "acme-2025",
        DisplayName = "Acme mentoring 2025",
        Taxonomy = [.. Terms],
    };

    public static Participant Mentor() => new()
    {
        ProgrammeId = "acme-2025",
        Id = "ada",
        Role = ParticipantRole.Mentor,
        DisplayName = "Ada",
        TimeZone = "Europe/Berlin",
        Languages = ["en", "de"],
        Availability = [new AvailabilityWindow(DayOfWeek.Monday, 9 * 60, 11 * 60)],
        SkillsOffered = [new SkillLevel("term-0", 4), new SkillLevel("term-1", 3)],
        Goals = ["term-2"],
        Capacity = 2,
    };

    public static IReadOnlyList<string> Fields(IEnumerable<FieldViolation> violations) => [.. violations.Select(v => v.Field)];
}
