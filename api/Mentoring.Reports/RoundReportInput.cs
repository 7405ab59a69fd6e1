using Mentoring.Contracts.V1;

namespace Mentoring.Reports;

/// <summary>
/// Everything the round report shows, as read from the public API. <paramref name="Programme"/> supplies the effective
/// score weights and <paramref name="MentorCapacities"/> (mentor resource name → capacity) the load-against-capacity
/// chart; without them the report shows raw component values and the load histogram only. <paramref name="DisplayNames"/>
/// (participant resource name → display name) puts names beside the ids; without it the report shows ids only.
/// </summary>
public sealed record RoundReportInput(
    Round Round,
    IReadOnlyList<RoundMatch> Matches,
    IReadOnlyList<UnmatchedMentee> Unmatched,
    Programme? Programme = null,
    IReadOnlyDictionary<string, int>? MentorCapacities = null,
    IReadOnlyDictionary<string, string>? DisplayNames = null);
