using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>The one place that orders a policy's weights: by <see cref="ScoreComponent"/>, which the kernels and slices index by.</summary>
internal static class ComponentWeights
{
    public static double[] Of(ScoreWeights w) =>
        [w.Skills, w.Goals, w.Interests, w.Availability, w.Language, w.Seniority, w.TimeZone, w.Format, w.Organisation, w.Industry, w.Rank, w.PriorEngagement];
}
