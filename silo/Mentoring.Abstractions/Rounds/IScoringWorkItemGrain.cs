namespace Mentoring.Abstractions.Rounds;

/// <summary>
/// Scores one slice of a round (a mentee batch against a mentor range) and returns only the top-K candidates
/// per mentee. Stateless; placed at random so a round's work spreads over every silo. Keyed by <see cref="RoundKeys.WorkItem"/>.
/// </summary>
public interface IScoringWorkItemGrain : IGrainWithStringKey
{
    /// <summary>Scores the slice; the same slice always gives the same block.</summary>
    /// <remarks>
    /// The slice waits its turn in the silo's background lane, behind other rounds' work: waiting is not failing, so the
    /// call may take far longer than the default 30 s. A silo lost meanwhile is noticed by membership, not by this timeout.
    /// </remarks>
    [ResponseTimeout("00:10:00")]
    Task<CandidateBlockMessage> ScoreAsync(ScoringSliceMessage slice, CancellationToken cancellationToken = default);
}
