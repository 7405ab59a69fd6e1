using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>A mentee's side of every pair in its row, with per-mentee normalisers already folded into the weights.</summary>
internal readonly struct RowConstants
{
    public RowConstants(PairScorer scorer, int mentee)
    {
        var a = scorer.Mentees;
        var p = scorer.Policy;
        var wanted = a.WantedSkillCount[mentee];
        var goals = a.GoalCount[mentee];
        Skill = wanted == 0 ? 0f : p[ScoreComponent.Skills] / wanted;
        Goal = goals == 0 ? 0f : p[ScoreComponent.Goals] / goals;
        Interest = p[ScoreComponent.Interests] / ScoringConstants.InterestSaturation;
        Availability = p[ScoreComponent.Availability] / p.TargetOverlapHours;
        Language = p[ScoreComponent.Language];
        Seniority = p[ScoreComponent.Seniority];
        TimeZone = p[ScoreComponent.TimeZone];
        Format = p[ScoreComponent.Format];
        Organisation = p[ScoreComponent.Organisation];
        Industry = p[ScoreComponent.Industry];
        Target = p.TargetOverlapHours;
        MinimumOverlap = p.MinimumOverlapHours;
        GapMin = p.SeniorityGapMin;
        GapMax = p.SeniorityGapMax;
        Mode = p.OrganisationMode;
        Offset = a.OffsetMinutes[mentee];
        MaxTimeZone = a.MaxTimeZoneHours[mentee];
        SeniorityYears = a.Seniority[mentee];
        Formats = a.Formats[mentee];
        Location = a.Location[mentee];
        OrganisationId = a.Organisation[mentee];
        IndustryId = a.Industry[mentee];
        PrefersOutside = a.Has(mentee, ParticipantFlags.PreferOutsideOrganisation);
        RequiresOutside = a.Has(mentee, ParticipantFlags.RequireOutsideOrganisation);
        PrefersOtherIndustry = a.Has(mentee, ParticipantFlags.PreferOtherIndustry);
    }

    public float Skill { get; }
    public float Goal { get; }
    public float Interest { get; }
    public float Availability { get; }
    public float Language { get; }
    public float Seniority { get; }
    public float TimeZone { get; }
    public float Format { get; }
    public float Organisation { get; }
    public float Industry { get; }
    public int Target { get; }
    public int MinimumOverlap { get; }
    public int GapMin { get; }
    public int GapMax { get; }
    public OrganisationMode Mode { get; }
    public int Offset { get; }
    public int MaxTimeZone { get; }
    public int SeniorityYears { get; }
    public int Formats { get; }
    public int Location { get; }
    public int OrganisationId { get; }
    public int IndustryId { get; }
    public bool PrefersOutside { get; }
    public bool RequiresOutside { get; }
    public bool PrefersOtherIndustry { get; }
}
