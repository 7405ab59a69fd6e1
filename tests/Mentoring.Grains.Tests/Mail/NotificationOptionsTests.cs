using Mentoring.Grains.Mail;
using Mentoring.Hosting;
using Microsoft.Extensions.Configuration;

namespace Mentoring.Grains.Tests.Mail;

public sealed class NotificationOptionsTests
{
    [Fact]
    public void Defaults_remind_after_a_week_lapse_after_two_send_no_digest_and_are_valid()
    {
        var options = Bind([]);

        options.Validate();
        Assert.Equal((TimeSpan.FromDays(7), TimeSpan.FromDays(14), (TimeSpan?)null), (options.ReminderAfter, options.ProposalExpiresAfter, options.DigestEvery));
        Assert.Equal(TimeSpan.FromHours(1), options.CheckEvery);
    }

    [Fact]
    public void The_keys_bind_from_configuration_and_an_empty_digest_is_off()
    {
        var options = Bind(new()
        {
            ["Mentoring:Notifications:ReminderAfter"] = "2.00:00:00",
            ["Mentoring:Notifications:ProposalExpiresAfter"] = "3.00:00:00",
            ["Mentoring:Notifications:DigestEvery"] = "7.00:00:00",
        });
        var off = Bind(new() { ["Mentoring:Notifications:DigestEvery"] = "" });

        options.Validate();
        off.Validate();
        Assert.Equal((TimeSpan.FromDays(2), TimeSpan.FromDays(3), (TimeSpan?)TimeSpan.FromDays(7)), (options.ReminderAfter, options.ProposalExpiresAfter, options.DigestEvery));
        Assert.Null(off.DigestEvery);
    }

    [Fact]
    public void Short_waits_are_checked_often_but_never_below_a_minute()
    {
        var options = Bind(new()
        {
            ["Mentoring:Notifications:ReminderAfter"] = "00:02:00",
            ["Mentoring:Notifications:ProposalExpiresAfter"] = "00:30:00",
        });

        Assert.Equal(TimeSpan.FromMinutes(1), options.CheckEvery);
    }

    [Theory]
    [InlineData("ReminderAfter", "00:00:30")]
    [InlineData("ReminderAfter", "366.00:00:00")]
    [InlineData("ProposalExpiresAfter", "7.00:00:00")]
    [InlineData("ProposalExpiresAfter", "3.00:00:00")]
    [InlineData("DigestEvery", "00:30:00")]
    public void Out_of_range_values_stop_the_silo_with_the_key_named(string key, string value)
    {
        var options = Bind(new() { [$"Mentoring:Notifications:{key}"] = value });

        var error = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.Contains($"Mentoring:Notifications:{key}", error.Message, StringComparison.Ordinal);
    }

    private static NotificationOptions Bind(Dictionary<string, string?> settings)
    {
        var options = new MentoringOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(MentoringOptions.Section).Bind(options);
        return options.Notifications;
    }
}
