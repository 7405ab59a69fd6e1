namespace Mentoring.Domain;

/// <summary>Whether a programme lets mentor and mentee come from the same organisation.</summary>
public enum OrganisationMode
{
    /// <summary>Same or different organisations are both fine.</summary>
    Any = 0,

    /// <summary>Mentor and mentee must come from different organisations.</summary>
    DifferentRequired = 1,

    /// <summary>Mentor and mentee must come from the same organisation (an internal programme).</summary>
    SameRequired = 2,
}
