using Mentoring.Synthetic;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>A synthetic programme as it now exists on the server, under <see cref="Name"/> ("programmes/{id}").</summary>
public sealed record LoadedProgramme(string Name, SyntheticProgramme Data)
{
    public string ParticipantName(string participantId) => $"{Name}/participants/{participantId}";
}
