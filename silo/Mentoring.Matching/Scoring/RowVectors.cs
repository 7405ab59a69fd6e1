using System.Runtime.Intrinsics;
using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>
/// <see cref="RowConstants"/> broadcast once per row for <see cref="VectorRowKernel"/>, so a block of eight mentors only
/// loads mentor columns; the mentee's yes/no facts become all-bits masks instead of branches.
/// </summary>
internal readonly struct RowVectors
{
    public RowVectors(in RowConstants k)
    {
        Skill = Vector256.Create(k.Skill);
        Goal = Vector256.Create(k.Goal);
        Interest = Vector256.Create(k.Interest);
        Availability = Vector256.Create(k.Availability);
        Language = Vector256.Create(k.Language);
        Seniority = Vector256.Create(k.Seniority);
        TimeZone = Vector256.Create(k.TimeZone);
        Format = Vector256.Create(k.Format);
        Organisation = Vector256.Create(k.Organisation * 0.5f);
        Industry = Vector256.Create(k.Industry);
        Target = Vector256.Create((float)k.Target);
        MinimumOverlap = Vector256.Create((float)k.MinimumOverlap);
        GapMin = Vector256.Create((float)k.GapMin);
        GapMax = Vector256.Create((float)k.GapMax);
        SeniorityYears = Vector256.Create(k.SeniorityYears);
        Offset = Vector256.Create(k.Offset);
        MaxTimeZone = Vector256.Create(k.MaxTimeZone);
        Formats = Vector256.Create(k.Formats);
        Location = Vector256.Create(k.Location);
        HasLocation = Mask(k.Location != 0);
        OrganisationId = Vector256.Create(k.OrganisationId);
        HasOrganisation = Mask(k.OrganisationId != 0);
        ForbidSame = Mask(k.Mode == OrganisationMode.DifferentRequired || k.RequiresOutside);
        RequireSame = Mask(k.Mode == OrganisationMode.SameRequired);
        SideSame = Vector256.Create(ComponentMath.OrganisationSide(k.PrefersOutside, true));
        SideDifferent = Vector256.Create(ComponentMath.OrganisationSide(k.PrefersOutside, false));
        IndustryId = Vector256.Create(k.IndustryId);
        IndustryMatters = k.PrefersOtherIndustry && k.IndustryId != 0;
    }

    public Vector256<float> Skill { get; }
    public Vector256<float> Goal { get; }
    public Vector256<float> Interest { get; }
    public Vector256<float> Availability { get; }
    public Vector256<float> Language { get; }
    public Vector256<float> Seniority { get; }
    public Vector256<float> TimeZone { get; }
    public Vector256<float> Format { get; }

    /// <summary>The organisation weight already halved, because the component is the mean of both sides.</summary>
    public Vector256<float> Organisation { get; }

    public Vector256<float> Industry { get; }
    public Vector256<float> Target { get; }
    public Vector256<float> MinimumOverlap { get; }
    public Vector256<float> GapMin { get; }
    public Vector256<float> GapMax { get; }
    public Vector256<int> SeniorityYears { get; }
    public Vector256<int> Offset { get; }
    public Vector256<int> MaxTimeZone { get; }
    public Vector256<int> Formats { get; }
    public Vector256<int> Location { get; }
    public Vector256<int> HasLocation { get; }
    public Vector256<int> OrganisationId { get; }
    public Vector256<int> HasOrganisation { get; }

    /// <summary>Same organisation is excluded whatever the mentor says (programme or mentee rule).</summary>
    public Vector256<int> ForbidSame { get; }

    public Vector256<int> RequireSame { get; }
    public Vector256<float> SideSame { get; }
    public Vector256<float> SideDifferent { get; }
    public Vector256<int> IndustryId { get; }
    public bool IndustryMatters { get; }

    private static Vector256<int> Mask(bool value) => value ? Vector256<int>.AllBitsSet : Vector256<int>.Zero;
}
