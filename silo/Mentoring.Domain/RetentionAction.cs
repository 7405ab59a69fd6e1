namespace Mentoring.Domain;

/// <summary>What a programme's retention check does when it runs.</summary>
public enum RetentionAction
{
    /// <summary>Nothing to schedule: the programme has no end time (or no longer exists). Drop the check.</summary>
    Cancel,

    /// <summary>Retention is switched off: purge nothing, keep the check so that switching it on again resumes.</summary>
    Hold,

    /// <summary>The purge time has passed: purge now.</summary>
    Purge,

    /// <summary>Not due before the next regular check: do nothing.</summary>
    Wait,

    /// <summary>Due before the next regular check: move the next check to the purge time (<see cref="RetentionDecision.DueIn"/>).</summary>
    Reschedule,
}
