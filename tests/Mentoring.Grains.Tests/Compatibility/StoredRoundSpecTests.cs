using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Mentoring.Grains.Tests.Compatibility;

/// <summary>
/// Rounds stored before <see cref="RoundSpec.Solver"/> became a <see cref="SolverMode"/>? held it as an int?. Grain state is
/// written with the Orleans serializer, so a stored spec must read back with the same solver under the new type.
/// </summary>
public sealed class StoredRoundSpecTests
{
    private readonly Serializer serializer = new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(StoredRoundSpecTests).Assembly).AddAssembly(typeof(RoundSpec).Assembly))
        .BuildServiceProvider().GetRequiredService<Serializer>();

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_spec_stored_with_an_int_solver_reads_back_with_the_same_solver(int? storedSolver)
    {
        var stored = new RoundSpecWithIntSolver("prog-a", "round-1", "req-1", RoundScope.UnmatchedOnly, storedSolver, DryRun: true);

        var read = serializer.Deserialize<RoundSpec>(serializer.SerializeToArray(stored));

        Assert.Equal(new RoundSpec("prog-a", "round-1", "req-1", RoundScope.UnmatchedOnly, (SolverMode?)storedSolver, DryRun: true), read);
    }

    [Fact]
    public void Every_solver_mode_survives_a_round_trip_of_the_current_shape()
    {
        foreach (var mode in Enum.GetValues<SolverMode>())
        {
            var spec = new RoundSpec("prog-a", "round-1", "req-1", RoundScope.All, mode, DryRun: false);
            Assert.Equal(spec, serializer.Deserialize<RoundSpec>(serializer.SerializeToArray(spec)));
        }
    }
}

/// <summary>The shape <see cref="RoundSpec"/> had before commit 584a18f, with the same field ids.</summary>
[GenerateSerializer, Immutable]
public sealed record RoundSpecWithIntSolver(
    [property: Id(0)] string ProgrammeId,
    [property: Id(1)] string RoundId,
    [property: Id(2)] string RequestId,
    [property: Id(3)] RoundScope Scope,
    [property: Id(4)] int? Solver,
    [property: Id(5)] bool DryRun);
