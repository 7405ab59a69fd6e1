namespace Mentoring.Cli.Commands;

/// <summary>Which participant of a match the admin acts for.</summary>
public enum MatchSide
{
    Mentee,
    Mentor,
}
