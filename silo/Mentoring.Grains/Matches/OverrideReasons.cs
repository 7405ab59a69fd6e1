namespace Mentoring.Grains.Matches;

/// <summary>The texts an override leaves on the matches it makes and replaces.</summary>
public static class OverrideReasons
{
    /// <summary>The first reason of a match an admin made.</summary>
    public const string Assigned = "assigned by an admin";

    /// <summary>Why a match an override replaced was ended or declined.</summary>
    public const string Reassigned = "reassigned by an admin";
}
