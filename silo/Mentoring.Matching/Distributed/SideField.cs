namespace Mentoring.Matching.Distributed;

/// <summary>
/// The scalar columns of an encoded side, in the order they are packed into <see cref="ScoringSlice.MenteeFields"/> and
/// <see cref="ScoringSlice.MentorFields"/>: field-major, so field f of participant i sits at [f * count + i].
/// </summary>
public enum SideField
{
    Seniority,
    OffsetMinutes,
    MaxTimeZoneHours,
    Formats,
    Location,
    Organisation,
    Department,
    Industry,
    Flags,
    WantedSkillCount,
    GoalCount,
    CompetitorClass,
}
