using CsCheck;
using Google.Protobuf.Reflection;
using Mentoring.Contracts.Mapping;
using static Mentoring.Domain.Tests.Fixtures;
using ProtoDay = Google.Type.DayOfWeek;
using V1 = Mentoring.Contracts.V1;

namespace Mentoring.Domain.Tests;

public sealed class ParticipantMappingTests
{
    private static readonly DateTimeOffset Created = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private static readonly DateTimeOffset Updated = Created.AddDays(1);

    private static V1.Participant ToProto(Participant participant) => ParticipantMapper.ToProto(participant, "etag-1", Created, Updated);

    [Fact]
    public void Generated_participants_are_valid()
    {
        Generators.Participant.Sample(p => Assert.Empty(ParticipantValidator.Validate(p, Programme())), iter: 300);
    }

    [Fact]
    public void Domain_to_proto_to_domain_to_proto_preserves_every_field()
    {
        Generators.Participant.Sample(original =>
        {
            var proto = ToProto(original);
            var back = ParticipantMapper.ToDomain(proto);

            Assert.Empty(back.Violations);
            Assert.True(ContentEquality.Same(original, back.Value), "domain content changed in the round trip");
            Assert.Equal(proto, ToProto(back.Value));
        }, iter: 500);
    }

    [Fact]
    public void Every_proto_field_is_filled_by_a_rich_participant()
    {
        var proto = ToProto(Mentor() with
        {
            Email = "ada@example.org", Organisation = "Acme", Department = "R&D", ReportingLine = ["boss"], Industry = "Tools", SeniorityYears = 12,
            Location = "Berlin", Formats = MeetingFormats.Online | MeetingFormats.Hybrid, SkillsWanted = [new SkillLevel("term-5", 2)],
            Interests = ["term-6"], Preferences = new MatchingPreferences { PreferOtherIndustry = true, MaxTimeZoneDistanceHours = 3, RequiredLanguages = ["en"] },
            RankedChoices = ["bob"], Blocked = ["eve"], PriorEngagements = ["carol"],
        });

        var unset = V1.Participant.Descriptor.Fields.InFieldNumberOrder()
            .Where(f => IsUnset(f, f.Accessor.GetValue(proto)))
            .Select(f => f.Name);
        Assert.Empty(unset);
        Assert.Equal([V1.MeetingFormat.Online, V1.MeetingFormat.Hybrid], proto.Formats);
        Assert.Equal(3, proto.Preferences.MaxTimeZoneDistanceHours);
    }

    [Fact]
    public void Output_fields_hold_name_etag_timestamps_and_utc_hours()
    {
        var proto = ToProto(Mentor());

        Assert.Equal("programmes/acme-2025/participants/ada", proto.Name);
        Assert.Equal("etag-1", proto.Etag);
        Assert.Equal(Created, proto.CreateTime.ToDateTimeOffset());
        Assert.Equal(Updated, proto.UpdateTime.ToDateTimeOffset());
        Assert.Equal([8, 9], proto.AvailabilityUtcHours);
        Assert.Equal("09:00", proto.Availability[0].StartTime);
        Assert.Equal(ProtoDay.Monday, proto.Availability[0].Day);
    }

    [Fact]
    public void End_of_day_round_trips_as_24_00()
    {
        var proto = ToProto(Mentor() with { Availability = [new AvailabilityWindow(DayOfWeek.Sunday, 22 * 60, 24 * 60)] });
        Assert.Equal("24:00", proto.Availability[0].EndTime);
        Assert.Equal(24 * 60, ParticipantMapper.ToDomain(proto).Value.Availability[0].EndMinute);
    }

    [Fact]
    public void Unset_preference_distance_stays_unset()
    {
        var proto = ToProto(Mentor());
        Assert.False(proto.Preferences.HasMaxTimeZoneDistanceHours);
        Assert.Null(ParticipantMapper.ToDomain(proto).Value.Preferences.MaxTimeZoneDistanceHours);
    }

    [Fact]
    public void Empty_time_zone_and_formats_mean_the_domain_defaults()
    {
        var proto = new V1.Participant { Role = V1.ParticipantRole.Mentee };
        var domain = ParticipantMapper.ToDomain(proto, "acme-2025", "bo").Value;
        Assert.Equal("Etc/UTC", domain.TimeZone);
        Assert.Equal(MeetingFormats.Online, domain.Formats);
    }

    [Theory]
    [InlineData("9:00", "participant.availability[0].start_time")]
    [InlineData("09:60", "participant.availability[0].start_time")]
    [InlineData("24:01", "participant.availability[0].start_time")]
    [InlineData("0900", "participant.availability[0].start_time")]
    [InlineData("", "participant.availability[0].start_time")]
    public void Malformed_times_are_reported_not_thrown(string start, string field)
    {
        var proto = ToProto(Mentor());
        proto.Availability[0].StartTime = start;
        Assert.Equal([field], Fields(ParticipantMapper.ToDomain(proto).Violations));
    }

    [Fact]
    public void Unspecified_and_unknown_enum_values_are_reported_with_their_paths()
    {
        var proto = ToProto(Mentor());
        proto.Availability[0].Day = ProtoDay.Unspecified;
        proto.Formats.Clear();
        proto.Formats.Add([V1.MeetingFormat.Online, (V1.MeetingFormat)42, V1.MeetingFormat.Unspecified]);

        var result = ParticipantMapper.ToDomain(proto);

        Assert.Equal(["participant.availability[0].day", "participant.formats[1]", "participant.formats[2]"], Fields(result.Violations));
        Assert.Equal(MeetingFormats.Online, result.Value.Formats);
    }

    [Fact]
    public void Unknown_role_is_left_to_the_validator_which_reports_it_once()
    {
        var proto = ToProto(Mentor());
        proto.Role = (V1.ParticipantRole)9;
        var mapped = ParticipantMapper.ToDomain(proto);

        var all = FieldViolations.Combine(mapped.Violations, ParticipantValidator.Validate(mapped.Value, Programme()));

        Assert.Equal(["participant.role"], Fields(all));
    }

    [Fact]
    public void Combine_drops_validator_violations_on_the_same_or_related_field()
    {
        var proto = ToProto(Mentor());
        proto.Availability[0].EndTime = "25:00";
        proto.Capacity = -3;
        var mapped = ParticipantMapper.ToDomain(proto);

        var all = FieldViolations.Combine(mapped.Violations, ParticipantValidator.Validate(mapped.Value, Programme()));

        Assert.Equal(["participant.availability[0].end_time", "participant.capacity"], Fields(all));
    }

    [Theory]
    [InlineData("")]
    [InlineData("programmes/acme-2025")]
    [InlineData("programmes/acme-2025/participants/")]
    [InlineData("programmes/acme-2025/mentors/ada")]
    [InlineData("programmes/acme 2025/participants/ada")]
    public void Unparsable_name_is_reported(string name)
    {
        var proto = ToProto(Mentor());
        proto.Name = name;
        Assert.Equal(["participant.name"], Fields(ParticipantMapper.ToDomain(proto).Violations));
    }

    private static bool IsUnset(FieldDescriptor field, object? value) => value switch
    {
        null => true,
        System.Collections.IList list => list.Count == 0,
        string text => text.Length == 0,
        bool flag => !flag,
        int number => number == 0,
        _ when field.FieldType == FieldType.Enum => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) == 0,
        _ => false,
    };
}
