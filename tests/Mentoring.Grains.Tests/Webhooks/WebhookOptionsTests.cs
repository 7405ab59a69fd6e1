using Mentoring.Grains.Webhooks;
using Mentoring.Hosting;
using Microsoft.Extensions.Configuration;

namespace Mentoring.Grains.Tests.Webhooks;

public sealed class WebhookOptionsTests
{
    [Fact]
    public void A_configured_retry_schedule_replaces_the_default_and_none_keeps_it()
    {
        var configured = Bind(new() { ["Mentoring:Webhooks:RetrySchedule:0"] = "00:00:01", ["Mentoring:Webhooks:RetrySchedule:1"] = "00:00:02" });
        var unset = Bind([]);

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], configured.Retries);
        Assert.Equal(WebhookOptions.DefaultRetrySchedule, unset.Retries);
        Assert.True(unset.Retries.Aggregate(TimeSpan.Zero, (sum, wait) => sum + wait) >= TimeSpan.FromHours(24));
    }

    [Fact]
    public void A_wait_that_is_not_positive_stops_the_silo_at_start_naming_the_key()
    {
        var options = Bind(new() { ["Mentoring:Webhooks:RetrySchedule:0"] = "00:00:00" });

        var refused = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.Contains("Mentoring:Webhooks:RetrySchedule", refused.Message, StringComparison.Ordinal);
    }

    private static WebhookOptions Bind(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(MentoringOptions.Section).Get<MentoringOptions>()?.Webhooks ?? new WebhookOptions();
}
