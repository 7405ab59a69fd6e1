using System.Collections.Immutable;

namespace Mentoring.Abstractions.Rounds;

/// <summary>
/// On-demand recommendations: the top-N mentors for one mentee with scores and reasons. A stateless worker per silo,
/// keyed by <see cref="RoundKeys.Recommendations"/>, scoring against a briefly cached encoding of the programme.
/// </summary>
public interface IRecommendationGrain : IGrainWithStringKey
{
    /// <summary>Best mentors first (ties by id); null when the programme or mentee does not exist.</summary>
    Task<ImmutableArray<RoundMatch>?> RecommendAsync(string menteeId, int topN, CancellationToken cancellationToken = default);
}
