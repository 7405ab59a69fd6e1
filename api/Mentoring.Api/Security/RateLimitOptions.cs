namespace Mentoring.Api.Security;

/// <summary>Per-tenant token buckets of one gateway process, bound from "Mentoring:RateLimits" (docs/CONFIGURATION.md).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Mentoring:RateLimits";

    /// <summary>False lets every call through (benchmarks on a trusted network).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Every call not in a lower bucket.</summary>
    public TokenBucketSettings Default { get; set; } = new() { TokenLimit = 1000, TokensPerPeriod = 500 };

    /// <summary>ImportParticipants calls (each can carry 100,000 participants).</summary>
    public TokenBucketSettings Import { get; set; } = new() { TokenLimit = 20, TokensPerPeriod = 20, ReplenishmentPeriod = TimeSpan.FromMinutes(1) };

    /// <summary>StartRound calls.</summary>
    public TokenBucketSettings RoundStart { get; set; } = new() { TokenLimit = 30, TokensPerPeriod = 30, ReplenishmentPeriod = TimeSpan.FromMinutes(1) };

    public TokenBucketSettings For(RateClass rate) => rate switch
    {
        RateClass.Import => Import,
        RateClass.RoundStart => RoundStart,
        _ => Default,
    };
}
