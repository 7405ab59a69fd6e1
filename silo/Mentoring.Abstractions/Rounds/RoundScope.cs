namespace Mentoring.Abstractions.Rounds;

/// <summary>Which mentees a round considers.</summary>
[GenerateSerializer]
public enum RoundScope
{
    /// <summary>Every mentee of the programme.</summary>
    All = 1,

    /// <summary>Only mentees without an active or proposed match.</summary>
    UnmatchedOnly = 2,
}
