namespace Mentoring.LoadTests.Reports;

/// <summary>The synthetic programme a scenario loaded: its size, mix and seed.</summary>
public sealed record ProgrammeFigures(string Name, int Seed, int Participants, int Mentees, int Mentors, int Peers, int WithRankedChoices, double GenerationSeconds);
