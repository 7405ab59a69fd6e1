using Mentoring.Domain;

namespace Mentoring.Contracts.Mapping;

/// <summary>Maps a programme's matching policy; unset optional numbers take the domain defaults.</summary>
public static class PolicyMapper
{
    public static MappingResult<Domain.MatchingPolicy> ToDomain(V1.MatchingPolicy? policy, string field = "programme.policy")
    {
        var violations = new List<FieldViolation>();
        return new(ToDomain(policy, field, violations), violations);
    }

    public static Domain.MatchingPolicy ToDomain(V1.MatchingPolicy? policy, string field, List<FieldViolation> violations)
    {
        var d = Domain.MatchingPolicy.Default;
        if (policy is null)
        {
            return d;
        }

        return new Domain.MatchingPolicy
        {
            Weights = WeightsMapper.ToDomain(policy.Weights),
            Solver = Solver(policy.Solver, $"{field}.solver", violations),
            MaximiseMatchCount = policy.HasMaximiseMatchCount ? policy.MaximiseMatchCount : d.MaximiseMatchCount,
            FairLoad = policy.HasFairLoad ? policy.FairLoad : d.FairLoad,
            FairLoadPenalty = policy.HasFairLoadPenalty ? policy.FairLoadPenalty : d.FairLoadPenalty,
            StablePreferences = Preferences(policy.StablePreferences, $"{field}.stable_preferences", violations),
            MinimumScore = policy.HasMinimumScore ? policy.MinimumScore : d.MinimumScore,
            MinimumOverlapHours = policy.HasMinimumOverlapHours ? policy.MinimumOverlapHours : d.MinimumOverlapHours,
            TargetOverlapHours = policy.HasTargetOverlapHours ? policy.TargetOverlapHours : d.TargetOverlapHours,
            MaxTimeZoneDistanceHours = policy.HasMaxTimeZoneDistanceHours ? policy.MaxTimeZoneDistanceHours : d.MaxTimeZoneDistanceHours,
            SeniorityGapMin = policy.HasSeniorityGapMin ? policy.SeniorityGapMin : d.SeniorityGapMin,
            SeniorityGapMax = policy.HasSeniorityGapMax ? policy.SeniorityGapMax : d.SeniorityGapMax,
            TopK = policy.HasTopK ? policy.TopK : d.TopK,
        };
    }

    /// <summary>Every field is set, so callers see the effective values, defaults included.</summary>
    public static V1.MatchingPolicy ToProto(Domain.MatchingPolicy policy) => new()
    {
        Weights = WeightsMapper.ToProto(policy.Weights),
        Solver = policy.Solver switch
        {
            SolverMode.Optimal => V1.SolverMode.Optimal,
            SolverMode.StableMenteeProposing => V1.SolverMode.StableMenteeProposing,
            SolverMode.StableMentorProposing => V1.SolverMode.StableMentorProposing,
            SolverMode.Peer => V1.SolverMode.Peer,
            _ => V1.SolverMode.Unspecified,
        },
        MaximiseMatchCount = policy.MaximiseMatchCount,
        FairLoad = policy.FairLoad,
        FairLoadPenalty = policy.FairLoadPenalty,
        StablePreferences = policy.StablePreferences switch
        {
            PreferenceSource.Scores => V1.PreferenceSource.Scores,
            PreferenceSource.RankedChoices => V1.PreferenceSource.RankedChoices,
            _ => V1.PreferenceSource.Unspecified,
        },
        MinimumScore = policy.MinimumScore,
        MinimumOverlapHours = policy.MinimumOverlapHours,
        TargetOverlapHours = policy.TargetOverlapHours,
        MaxTimeZoneDistanceHours = policy.MaxTimeZoneDistanceHours,
        SeniorityGapMin = policy.SeniorityGapMin,
        SeniorityGapMax = policy.SeniorityGapMax,
        TopK = policy.TopK,
    };

    // Unknown numbers map to an undefined domain value so the validator's check on the same path agrees.
    private static SolverMode Solver(V1.SolverMode solver, string field, List<FieldViolation> violations)
    {
        switch (solver)
        {
            case V1.SolverMode.Unspecified: return Domain.MatchingPolicy.Default.Solver;
            case V1.SolverMode.Optimal: return SolverMode.Optimal;
            case V1.SolverMode.StableMenteeProposing: return SolverMode.StableMenteeProposing;
            case V1.SolverMode.StableMentorProposing: return SolverMode.StableMentorProposing;
            case V1.SolverMode.Peer: return SolverMode.Peer;
            default:
                violations.Add(new FieldViolation(field, $"{(int)solver} is not a known solver mode"));
                return 0;
        }
    }

    private static PreferenceSource Preferences(V1.PreferenceSource source, string field, List<FieldViolation> violations)
    {
        switch (source)
        {
            case V1.PreferenceSource.Unspecified: return Domain.MatchingPolicy.Default.StablePreferences;
            case V1.PreferenceSource.Scores: return PreferenceSource.Scores;
            case V1.PreferenceSource.RankedChoices: return PreferenceSource.RankedChoices;
            default:
                violations.Add(new FieldViolation(field, $"{(int)source} is not a known preference source"));
                return 0;
        }
    }
}
