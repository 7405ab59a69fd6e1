namespace Mentoring.Abstractions.Rounds;

/// <summary>
/// Scores one slice of a round (a mentee batch against a mentor range) and returns only the top-K candidates
/// per mentee. Stateless; placed at random so a round's work spreads over every silo. Keyed by <see cref="RoundKeys.WorkItem"/>.
/// </summary>
public interface IScoringWorkItemGrain : IGrainWithStringKey
{
    /// <summary>Scores the slice; the same slice always gives the same block.</summary>
    Task<CandidateBlockMessage> ScoreAsync(ScoringSliceMessage slice, CancellationToken cancellationToken = default);
}
