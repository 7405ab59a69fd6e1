namespace Mentoring.Api.Security;

/// <summary>Which token bucket of its tenant a call draws from.</summary>
public enum RateClass
{
    Default,
    Import,
    RoundStart,
}
