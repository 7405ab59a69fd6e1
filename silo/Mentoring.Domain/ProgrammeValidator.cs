namespace Mentoring.Domain;

/// <summary>Checks a programme before it is stored.</summary>
public static class ProgrammeValidator
{
    public static IReadOnlyList<FieldViolation> Validate(Programme programme)
    {
        var v = new ViolationCollector();
        v.Id("programme.id", programme.Id);
        v.Text("programme.display_name", programme.DisplayName, Limits.MaxNameLength);
        v.Text("programme.description", programme.Description, Limits.MaxDescriptionLength);

        if (v.Count("programme.taxonomy", programme.Taxonomy, Limits.MaxTaxonomyTerms))
        {
            for (var i = 0; i < programme.Taxonomy.Length; i++)
            {
                var term = programme.Taxonomy[i];
                if (string.IsNullOrWhiteSpace(term) || term.Length > Limits.MaxTermLength)
                {
                    v.Add($"programme.taxonomy[{i}]", $"must be 1 to {Limits.MaxTermLength} non-blank characters");
                }
            }

            v.Distinct("programme.taxonomy", programme.Taxonomy);
        }

        if (v.Count("programme.competitor_pairs", programme.CompetitorPairs, Limits.MaxCompetitorPairs))
        {
            for (var i = 0; i < programme.CompetitorPairs.Length; i++)
            {
                var pair = programme.CompetitorPairs[i];
                if (string.IsNullOrWhiteSpace(pair.First) || string.IsNullOrWhiteSpace(pair.Second)
                    || pair.First.Length > Limits.MaxShortTextLength || pair.Second.Length > Limits.MaxShortTextLength)
                {
                    v.Add($"programme.competitor_pairs[{i}]", $"both organisations are required, at most {Limits.MaxShortTextLength} characters each");
                }
            }
        }

        if (programme.EndTime is { } end && (end < Limits.MinEndTime || end > Limits.MaxEndTime))
        {
            v.Add("programme.end_time", "must be between 2000-01-01T00:00:00Z and 2999-12-31T23:59:59Z");
        }

        if (!MessageLanguages.All.Contains(programme.Language))
        {
            v.Add("programme.language", "must be \"en\" (English) or \"de\" (German), or empty for English");
        }

        ValidatePolicy(v, programme.Policy, "programme.policy");
        return v.Violations;
    }

    /// <summary>Checks a policy given on its own (a dry run's), with field paths under <paramref name="field"/>.</summary>
    public static IReadOnlyList<FieldViolation> ValidatePolicy(MatchingPolicy policy, string field)
    {
        var v = new ViolationCollector();
        ValidatePolicy(v, policy, field);
        return v.Violations;
    }

    private static void ValidatePolicy(ViolationCollector v, MatchingPolicy policy, string p)
    {
        var w = policy.Weights;
        (string Name, double Value)[] weights =
        [
            ("skills", w.Skills), ("goals", w.Goals), ("interests", w.Interests), ("availability", w.Availability),
            ("language", w.Language), ("seniority", w.Seniority), ("time_zone", w.TimeZone), ("format", w.Format),
            ("organisation", w.Organisation), ("industry", w.Industry), ("rank", w.Rank), ("prior_engagement", w.PriorEngagement),
        ];
        foreach (var (name, value) in weights)
        {
            v.Range($"{p}.weights.{name}", value, 0, 100);
        }

        if (w.Sum <= 0)
        {
            v.Add($"{p}.weights", "at least one weight must be positive");
        }

        if (!Enum.IsDefined(policy.Solver))
        {
            v.Add($"{p}.solver", "must be a known solver mode");
        }

        if (!Enum.IsDefined(policy.StablePreferences))
        {
            v.Add($"{p}.stable_preferences", "must be a known preference source");
        }

        v.Range($"{p}.fair_load_penalty", policy.FairLoadPenalty, 0, 1);
        v.Range($"{p}.minimum_score", policy.MinimumScore, 0, 1);
        v.Range($"{p}.minimum_overlap_hours", policy.MinimumOverlapHours, 0, WeeklyAvailability.HoursPerWeek);
        v.Range($"{p}.target_overlap_hours", policy.TargetOverlapHours, 1, WeeklyAvailability.HoursPerWeek);
        v.Range($"{p}.max_time_zone_distance_hours", policy.MaxTimeZoneDistanceHours, 0, 12);
        v.Range($"{p}.seniority_gap_min", policy.SeniorityGapMin, -Limits.MaxSeniorityYears, Limits.MaxSeniorityYears);
        v.Range($"{p}.seniority_gap_max", policy.SeniorityGapMax, -Limits.MaxSeniorityYears, Limits.MaxSeniorityYears);
        if (policy.SeniorityGapMax < policy.SeniorityGapMin)
        {
            v.Add($"{p}.seniority_gap_max", "must not be below seniority_gap_min");
        }

        v.Range($"{p}.top_k", policy.TopK, 1, 1024);
    }
}
