using Mentoring.Domain;

namespace Mentoring.Abstractions.Rounds;

/// <summary>
/// What the caller asked for when starting a round. <see cref="Solver"/> null means the programme policy's;
/// <see cref="Policy"/> (dry runs only) replaces the programme's policy for this round, null keeps it. Rounds stored
/// before <see cref="Policy"/> existed read back with it null.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RoundSpec(
    [property: Id(0)] string ProgrammeId,
    [property: Id(1)] string RoundId,
    [property: Id(2)] string RequestId,
    [property: Id(3)] RoundScope Scope,
    [property: Id(4)] SolverMode? Solver,
    [property: Id(5)] bool DryRun,
    [property: Id(6)] MatchingPolicy? Policy = null);
