using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Mentoring.Storage.Tests.Compatibility;

/// <summary>Rounds are stored with the Orleans binary serializer: what older versions wrote must still read back.</summary>
public sealed class StoredRoundSpecTests
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(RoundSpec).Assembly).AddAssembly(typeof(RoundSpecBeforePolicy).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Fact]
    public void A_round_stored_before_dry_runs_had_a_policy_of_their_own_reads_back_with_the_programmes_policy()
    {
        var stored = Serializer.SerializeToArray(new RoundSpecBeforePolicy("acme", "r1", "req-1", RoundScope.UnmatchedOnly, SolverMode.Peer, DryRun: true));

        var read = Serializer.Deserialize<RoundSpec>(stored);

        Assert.Equal(new RoundSpec("acme", "r1", "req-1", RoundScope.UnmatchedOnly, SolverMode.Peer, DryRun: true, Policy: null), read);
    }

    [Fact]
    public void A_dry_run_with_a_policy_of_its_own_keeps_it_through_storage()
    {
        var policy = MatchingPolicy.Default with { MaxTimeZoneDistanceHours = 3, MinimumScore = 0.2 };
        var spec = new RoundSpec("acme", "r2", "req-2", RoundScope.All, null, DryRun: true, policy);

        var read = Serializer.Deserialize<RoundSpec>(Serializer.SerializeToArray(spec))!;

        Assert.Equal(policy, read.Policy);
        Assert.Equal(spec with { Policy = null }, read with { Policy = null });
    }
}
