using Mentoring.Domain;

namespace Mentoring.Domain.Tests;

public sealed class TimeZonesTests
{
    [Theory]
    [InlineData(12, -11, 1)]
    [InlineData(-11, 12, 1)]
    [InlineData(1, -5, 6)]
    [InlineData(14, -12, 2)]
    [InlineData(0, 12, 12)]
    [InlineData(3, 3, 0)]
    public void Distance_wraps_the_short_way_round_the_clock(int a, int b, int expected)
    {
        Assert.Equal(expected, TimeZones.DistanceHours(TimeSpan.FromHours(a), TimeSpan.FromHours(b)));
    }

    [Fact]
    public void Half_hour_distance_rounds_away_from_zero()
    {
        Assert.Equal(6, TimeZones.DistanceHours(new TimeSpan(5, 30, 0), TimeSpan.Zero));
    }

    [Theory]
    [InlineData("Europe/Berlin", 60)]
    [InlineData("Asia/Kolkata", 330)]
    [InlineData("Etc/UTC", 0)]
    public void Standard_offset_ignores_summer_time(string zone, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), TimeZones.StandardOffset(zone));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("CET1")]
    [InlineData("")]
    public void Unknown_zones_are_refused(string zone)
    {
        Assert.False(TimeZones.TryGetStandardOffset(zone, out _));
    }
}
