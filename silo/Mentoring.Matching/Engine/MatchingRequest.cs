using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>Everything one matching round needs. Only <see cref="Programme"/> and <see cref="Participants"/> are required.</summary>
public sealed record MatchingRequest(Programme Programme, IReadOnlyList<Participant> Participants)
{
    /// <summary>Pairs matched in earlier rounds; they are never matched again.</summary>
    public IReadOnlyCollection<PreviousPair> PreviousPairs { get; init; } = [];

    /// <summary>Remaining capacity by mentor id; a mentor not listed has its full <see cref="Participant.Capacity"/>.</summary>
    public IReadOnlyDictionary<string, int>? RemainingCapacity { get; init; }

    /// <summary>Overrides the programme policy's solver for this round.</summary>
    public SolverMode? Solver { get; init; }

    /// <summary>Also return the score of every feasible pair (large: mentees x mentors at worst).</summary>
    public bool IncludeFeasiblePairs { get; init; }
}
