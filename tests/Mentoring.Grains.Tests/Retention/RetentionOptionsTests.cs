using Mentoring.Grains.Retention;
using Mentoring.Hosting;
using Microsoft.Extensions.Configuration;

namespace Mentoring.Grains.Tests.Retention;

public sealed class RetentionOptionsTests
{
    [Fact]
    public void Defaults_keep_data_a_year_checked_daily_and_are_valid()
    {
        var options = Bind([]);

        options.Validate();
        Assert.True(options.Enabled);
        Assert.Equal(TimeSpan.FromDays(365), options.Period);
        Assert.Equal(TimeSpan.FromDays(1), options.CheckInterval);
    }

    [Fact]
    public void The_keys_bind_from_configuration()
    {
        var options = Bind(new()
        {
            ["Mentoring:Retention:Enabled"] = "false",
            ["Mentoring:Retention:Period"] = "30.00:00:00",
            ["Mentoring:Retention:CheckInterval"] = "06:00:00",
        });

        options.Validate();
        Assert.Equal((false, TimeSpan.FromDays(30), TimeSpan.FromHours(6)), (options.Enabled, options.Period, options.CheckInterval));
    }

    [Theory]
    [InlineData("Period", "-00:00:01")]
    [InlineData("Period", "36501.00:00:00")]
    [InlineData("CheckInterval", "00:00:59")]
    [InlineData("CheckInterval", "1.00:00:01")]
    public void Out_of_range_values_stop_the_silo_with_the_key_named(string key, string value)
    {
        var options = Bind(new() { [$"Mentoring:Retention:{key}"] = value });

        var error = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.Contains($"Mentoring:Retention:{key}", error.Message, StringComparison.Ordinal);
    }

    private static RetentionOptions Bind(Dictionary<string, string?> settings)
    {
        var options = new MentoringOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(MentoringOptions.Section).Bind(options);
        return options.Retention;
    }
}
