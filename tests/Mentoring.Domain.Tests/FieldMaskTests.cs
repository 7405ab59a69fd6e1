using Google.Protobuf.WellKnownTypes;
using Mentoring.Contracts.Mapping;
using static Mentoring.Domain.Tests.Fixtures;
using V1 = Mentoring.Contracts.V1;

namespace Mentoring.Domain.Tests;

public sealed class FieldMaskTests
{
    private static readonly DateTimeOffset Created = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static V1.Participant Existing() => ParticipantMapper.ToProto(Mentor() with
    {
        Preferences = new MatchingPreferences { MaxTimeZoneDistanceHours = 4, RequiredLanguages = ["en"] },
    }, "etag-old", Created, Created);

    private static V1.Participant Incoming()
    {
        var incoming = new V1.Participant
        {
            Name = "programmes/other/participants/x",
            DisplayName = "Ada L.",
            Capacity = 5,
            Etag = "etag-new",
            CreateTime = Timestamp.FromDateTimeOffset(Created.AddYears(1)),
            Preferences = new V1.MatchingPreferences { PreferOtherIndustry = true },
        };
        incoming.Goals.Add("term-9");
        incoming.AvailabilityUtcHours.Add(100);
        return incoming;
    }

    private static FieldMask Mask(params string[] paths)
    {
        var mask = new FieldMask();
        mask.Paths.Add(paths);
        return mask;
    }

    [Fact]
    public void Only_masked_fields_change()
    {
        var result = FieldMasks.Apply(Existing(), Incoming(), Mask("display_name", "goals"));

        Assert.Empty(result.Violations);
        var expected = Existing();
        expected.DisplayName = "Ada L.";
        expected.Goals.Clear();
        expected.Goals.Add("term-9");
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void Masked_field_unset_in_the_request_is_cleared()
    {
        var result = FieldMasks.Apply(Existing(), Incoming(), Mask("skills_offered", "time_zone", "preferences.max_time_zone_distance_hours"));

        Assert.Empty(result.Violations);
        Assert.Empty(result.Value.SkillsOffered);
        Assert.Equal("", result.Value.TimeZone);
        Assert.False(result.Value.Preferences.HasMaxTimeZoneDistanceHours);
        Assert.Equal(["en"], result.Value.Preferences.RequiredLanguages);
    }

    [Fact]
    public void Nested_path_changes_one_sub_field_only()
    {
        var result = FieldMasks.Apply(Existing(), Incoming(), Mask("preferences.prefer_other_industry"));

        Assert.True(result.Value.Preferences.PreferOtherIndustry);
        Assert.Equal(4, result.Value.Preferences.MaxTimeZoneDistanceHours);
    }

    [Fact]
    public void Whole_sub_message_path_replaces_it()
    {
        var result = FieldMasks.Apply(Existing(), Incoming(), Mask("preferences"));

        Assert.Equal(new V1.MatchingPreferences { PreferOtherIndustry = true }, result.Value.Preferences);
    }

    [Theory]
    [InlineData]
    [InlineData("*")]
    public void Empty_mask_or_wildcard_replaces_every_writable_field(params string[] paths)
    {
        var existing = Existing();
        var result = FieldMasks.Apply(existing, Incoming(), Mask(paths));

        Assert.Empty(result.Violations);
        var expected = Incoming();
        expected.Name = existing.Name;
        expected.Etag = existing.Etag;
        expected.CreateTime = existing.CreateTime;
        expected.UpdateTime = existing.UpdateTime;
        expected.AvailabilityUtcHours.Clear();
        expected.AvailabilityUtcHours.Add(existing.AvailabilityUtcHours);
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void Null_mask_replaces_every_writable_field()
    {
        Assert.Equal(5, FieldMasks.Apply(Existing(), Incoming(), null).Value.Capacity);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("create_time")]
    [InlineData("update_time")]
    [InlineData("availability_utc_hours")]
    [InlineData("etag")]
    public void Output_only_and_identifier_paths_are_refused(string path)
    {
        var result = FieldMasks.Apply(Existing(), Incoming(), Mask("capacity", path));

        Assert.Equal(["update_mask.paths[1]"], Fields(result.Violations));
        Assert.Equal(Existing(), result.Value);
    }

    [Theory]
    [InlineData("nickname")]
    [InlineData("preferences.colour")]
    [InlineData("skills_offered.term")]
    [InlineData("display_name.first")]
    [InlineData("")]
    [InlineData("*")]
    public void Unknown_paths_are_refused(string path)
    {
        var result = FieldMasks.Apply(Existing(), Incoming(), Mask("display_name", path));

        Assert.Equal(["update_mask.paths[1]"], Fields(result.Violations));
    }

    [Fact]
    public void Result_does_not_share_messages_with_the_request()
    {
        var incoming = Incoming();
        var result = FieldMasks.Apply(Existing(), incoming, Mask("preferences"));

        incoming.Preferences.PreferOtherIndustry = false;

        Assert.True(result.Value.Preferences.PreferOtherIndustry);
    }

    [Fact]
    public void Programme_policy_paths_merge_too()
    {
        var existing = ProgrammeMapper.ToProto(Programme(), "e", Created, Created);
        var incoming = new V1.Programme { Policy = new V1.MatchingPolicy { Weights = new V1.ScoreWeights { Skills = 9 } } };

        var result = FieldMasks.Apply(existing, incoming, Mask("policy.weights.skills", "policy.top_k"));

        Assert.Empty(result.Violations);
        Assert.Equal(9, result.Value.Policy.Weights.Skills);
        Assert.Equal(2, result.Value.Policy.Weights.Goals);
        Assert.False(result.Value.Policy.HasTopK);
        Assert.Equal(existing.Taxonomy, result.Value.Taxonomy);
    }

    [Fact]
    public void Programme_end_time_is_set_and_cleared_through_its_mask_path()
    {
        var end = new DateTimeOffset(2026, 6, 30, 17, 0, 0, TimeSpan.Zero);
        var existing = ProgrammeMapper.ToProto(Programme(), "e", Created, Created);
        var incoming = new V1.Programme { EndTime = Timestamp.FromDateTimeOffset(end), DisplayName = "not in the mask" };

        var set = FieldMasks.Apply(existing, incoming, Mask("end_time"));
        var cleared = FieldMasks.Apply(set.Value, new V1.Programme(), Mask("end_time"));

        Assert.Empty(set.Violations);
        Assert.Equal(end, set.Value.EndTime.ToDateTimeOffset());
        Assert.Equal(existing.DisplayName, set.Value.DisplayName);
        Assert.Empty(cleared.Violations);
        Assert.Null(cleared.Value.EndTime);
    }

    [Fact]
    public void Programme_purge_time_is_output_only()
    {
        var existing = ProgrammeMapper.ToProto(Programme(), "e", Created, Created);

        var result = FieldMasks.Apply(existing, new V1.Programme { PurgeTime = Timestamp.FromDateTimeOffset(Created) }, Mask("purge_time"));

        Assert.Equal(["update_mask.paths[0]"], result.Violations.Select(v => v.Field));
    }
}
