using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;

namespace Mentoring.Storage.Tests.Compatibility;

/// <summary><see cref="RoundSpec"/> as rounds stored it before a dry run could carry a policy of its own (its fields 0 to 5).</summary>
[GenerateSerializer, Immutable]
public sealed record RoundSpecBeforePolicy(
    [property: Id(0)] string ProgrammeId,
    [property: Id(1)] string RoundId,
    [property: Id(2)] string RequestId,
    [property: Id(3)] RoundScope Scope,
    [property: Id(4)] SolverMode? Solver,
    [property: Id(5)] bool DryRun);
