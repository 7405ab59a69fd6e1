namespace Mentoring.Grains.Matches;

/// <summary>
/// Told by <see cref="MatchOverridesGrain"/> after each step of an override; none is registered in production. Tests
/// inject a failure between two writes through it.
/// </summary>
public interface IOverrideStepObserver
{
    Task CompletedAsync(string requestId, OverrideStep step, CancellationToken cancellationToken);
}

/// <summary>The steps of an override, in order; each is idempotent, so a retry may repeat any of them.</summary>
public enum OverrideStep
{
    Journalled = 1,
    MentorReserved = 2,
    PageStored = 3,
    Replaced = 4,
    Activated = 5,
}
