namespace Mentoring.Abstractions.Rounds;

/// <summary>One page of a round's stored result. Keyed by <see cref="RoundKeys.ResultPage"/>.</summary>
public interface IRoundResultPageGrain : IGrainWithStringKey
{
    /// <summary>Stores the page; writing the same page again is harmless.</summary>
    Task SetAsync(RoundMatchPage page, CancellationToken cancellationToken = default);

    /// <summary>The stored page, or null.</summary>
    Task<RoundMatchPage?> GetAsync(CancellationToken cancellationToken = default);
}
