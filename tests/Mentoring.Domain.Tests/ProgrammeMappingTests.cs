using CsCheck;
using Mentoring.Contracts.Mapping;
using static Mentoring.Domain.Tests.Fixtures;
using V1 = Mentoring.Contracts.V1;

namespace Mentoring.Domain.Tests;

public sealed class ProgrammeMappingTests
{
    private static readonly DateTimeOffset Created = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static V1.Programme ToProto(Programme programme) => ProgrammeMapper.ToProto(programme, "e1", Created, Created);

    [Fact]
    public void Generated_programmes_round_trip_and_are_valid()
    {
        Generators.Programme.Sample(original =>
        {
            Assert.Empty(ProgrammeValidator.Validate(original));
            var proto = ToProto(original);
            var back = ProgrammeMapper.ToDomain(proto);

            Assert.Empty(back.Violations);
            Assert.True(ContentEquality.Same(original, back.Value), "domain content changed in the round trip");
            Assert.Equal(proto, ToProto(back.Value));
        }, iter: 300);
    }

    [Fact]
    public void Unset_policy_numbers_take_the_domain_defaults()
    {
        var proto = new V1.Programme { Policy = new V1.MatchingPolicy { Weights = new V1.ScoreWeights { Skills = 9 }, TopK = 5 } };

        var policy = ProgrammeMapper.ToDomain(proto, "p1").Value.Policy;

        Assert.Equal(MatchingPolicy.Default with { Weights = ScoreWeights.Default with { Skills = 9 }, TopK = 5 }, policy);
    }

    [Fact]
    public void Explicit_zero_differs_from_unset()
    {
        var proto = new V1.Programme { Policy = new V1.MatchingPolicy { MinimumOverlapHours = 0, MaximiseMatchCount = false } };

        var policy = ProgrammeMapper.ToDomain(proto, "p1").Value.Policy;

        Assert.Equal(0, policy.MinimumOverlapHours);
        Assert.False(policy.MaximiseMatchCount);
        Assert.Equal(MatchingPolicy.Default.TargetOverlapHours, policy.TargetOverlapHours);
    }

    [Fact]
    public void Unspecified_enums_mean_the_defaults()
    {
        var programme = ProgrammeMapper.ToDomain(new V1.Programme(), "p1");

        Assert.Empty(programme.Violations);
        Assert.Equal(MatchingPolicy.Default, programme.Value.Policy);
        Assert.Equal(OrganisationMode.Any, programme.Value.OrganisationMode);
    }

    [Fact]
    public void Unknown_enum_numbers_are_reported_with_their_paths()
    {
        var proto = new V1.Programme
        {
            OrganisationMode = (V1.OrganisationMode)7,
            Policy = new V1.MatchingPolicy { Solver = (V1.SolverMode)9, StablePreferences = (V1.PreferenceSource)3 },
        };

        var mapped = ProgrammeMapper.ToDomain(proto, "p1");
        var all = FieldViolations.Combine(mapped.Violations, ProgrammeValidator.Validate(mapped.Value));

        Assert.Equal(["programme.policy.solver", "programme.policy.stable_preferences", "programme.organisation_mode"], Fields(all));
    }

    [Fact]
    public void Unparsable_name_is_reported()
    {
        Assert.Equal(["programme.name"], Fields(ProgrammeMapper.ToDomain(new V1.Programme { Name = "programs/x" }).Violations));
    }

    [Fact]
    public void Output_fields_are_filled()
    {
        var proto = ToProto(Programme());
        Assert.Equal("programmes/acme-2025", proto.Name);
        Assert.Equal("e1", proto.Etag);
        Assert.Equal(Created, proto.CreateTime.ToDateTimeOffset());
        Assert.Equal(V1.SolverMode.Optimal, proto.Policy.Solver);
        Assert.True(proto.Policy.HasTopK);
    }

    [Fact]
    public void End_time_maps_both_ways_and_purge_time_is_output_only()
    {
        var end = new DateTimeOffset(2026, 6, 30, 17, 0, 0, TimeSpan.Zero);
        var purge = end.AddDays(365);

        var proto = ProgrammeMapper.ToProto(Programme() with { EndTime = end }, "e1", Created, Created, purge);
        var back = ProgrammeMapper.ToDomain(proto);

        Assert.Equal(end, proto.EndTime.ToDateTimeOffset());
        Assert.Equal(purge, proto.PurgeTime.ToDateTimeOffset());
        Assert.Empty(back.Violations);
        Assert.Equal(end, back.Value.EndTime);
    }

    [Fact]
    public void No_end_time_leaves_both_timestamps_unset()
    {
        var proto = ToProto(Programme());

        Assert.Null(proto.EndTime);
        Assert.Null(proto.PurgeTime);
        Assert.Null(ProgrammeMapper.ToDomain(proto).Value.EndTime);
    }

    [Theory]
    [InlineData(0, -1)]
    [InlineData(0, 1_000_000_000)]
    [InlineData(-62_135_596_801, 0)]
    [InlineData(253_402_300_800, 0)]
    [InlineData(long.MaxValue, 0)]
    public void An_end_time_outside_the_timestamp_range_is_a_violation_not_an_exception(long seconds, int nanos)
    {
        var proto = new V1.Programme { EndTime = new Google.Protobuf.WellKnownTypes.Timestamp { Seconds = seconds, Nanos = nanos } };

        var mapped = ProgrammeMapper.ToDomain(proto, "p1");

        Assert.Equal(["programme.end_time"], Fields(mapped.Violations));
        Assert.Null(mapped.Value.EndTime);
    }

    [Fact]
    public void The_zero_timestamp_maps_but_fails_validation()
    {
        var mapped = ProgrammeMapper.ToDomain(new V1.Programme { EndTime = new Google.Protobuf.WellKnownTypes.Timestamp() }, "p1");

        Assert.Empty(mapped.Violations);
        Assert.Equal(["programme.end_time"], Fields(ProgrammeValidator.Validate(mapped.Value)));
    }
}
