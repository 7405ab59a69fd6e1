namespace Mentoring.Matching;

/// <summary>Per-participant preference bits packed into one int of the feature store.</summary>
[Flags]
internal enum ParticipantFlags
{
    None = 0,
    PreferOutsideOrganisation = 1,
    RequireOutsideOrganisation = 2,
    PreferOtherIndustry = 4,
}
