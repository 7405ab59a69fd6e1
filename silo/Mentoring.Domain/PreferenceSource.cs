namespace Mentoring.Domain;

/// <summary>Where the stable solvers take each side's preference order from.</summary>
public enum PreferenceSource
{
    /// <summary>Order by pair score, ties by id.</summary>
    Scores = 1,

    /// <summary>Participants' explicit ranked choices first, then the rest by score.</summary>
    RankedChoices = 2,
}
