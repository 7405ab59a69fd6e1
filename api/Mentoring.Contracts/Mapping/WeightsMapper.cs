namespace Mentoring.Contracts.Mapping;

/// <summary>Maps score weights; an unset weight, or unset weights message, means the domain default.</summary>
public static class WeightsMapper
{
    public static Domain.ScoreWeights ToDomain(V1.ScoreWeights? w)
    {
        var d = Domain.ScoreWeights.Default;
        if (w is null)
        {
            return d;
        }

        return new Domain.ScoreWeights
        {
            Skills = w.HasSkills ? w.Skills : d.Skills,
            Goals = w.HasGoals ? w.Goals : d.Goals,
            Interests = w.HasInterests ? w.Interests : d.Interests,
            Availability = w.HasAvailability ? w.Availability : d.Availability,
            Language = w.HasLanguage ? w.Language : d.Language,
            Seniority = w.HasSeniority ? w.Seniority : d.Seniority,
            TimeZone = w.HasTimeZone ? w.TimeZone : d.TimeZone,
            Format = w.HasFormat ? w.Format : d.Format,
            Organisation = w.HasOrganisation ? w.Organisation : d.Organisation,
            Industry = w.HasIndustry ? w.Industry : d.Industry,
            Rank = w.HasRank ? w.Rank : d.Rank,
            PriorEngagement = w.HasPriorEngagement ? w.PriorEngagement : d.PriorEngagement,
        };
    }

    public static V1.ScoreWeights ToProto(Domain.ScoreWeights w) => new()
    {
        Skills = w.Skills,
        Goals = w.Goals,
        Interests = w.Interests,
        Availability = w.Availability,
        Language = w.Language,
        Seniority = w.Seniority,
        TimeZone = w.TimeZone,
        Format = w.Format,
        Organisation = w.Organisation,
        Industry = w.Industry,
        Rank = w.Rank,
        PriorEngagement = w.PriorEngagement,
    };
}
