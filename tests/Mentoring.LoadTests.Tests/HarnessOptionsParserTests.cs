using Mentoring.LoadTests.Cli;
using Mentoring.LoadTests.Processes;

namespace Mentoring.LoadTests.Tests;

public sealed class HarnessOptionsParserTests
{
    [Theory]
    [InlineData("http://10.0.0.5:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("https://127.0.0.1:5080")]
    [InlineData("http://127.0.0.1.example.com:5080")]
    public void Refuses_any_target_but_plaintext_127_0_0_1(string target) =>
        Assert.Throws<FormatException>(() => HarnessOptionsParser.Parse(["recommend", "--target", target]));

    [Fact]
    public void A_target_selects_the_external_topology()
    {
        var options = HarnessOptionsParser.Parse(["recommend", "--target", "http://127.0.0.1:5080", "--rate", "200", "--seconds", "60"]);

        Assert.Equal(TopologyKind.External, options.Topology);
        Assert.Equal(200, options.Rate);
        Assert.Equal(60, options.Seconds);
    }

    [Fact]
    public void A_cluster_needs_postgresql() =>
        Assert.Throws<FormatException>(() => HarnessOptionsParser.Parse(["round", "--topology", "cluster"]));

    [Fact]
    public void Unknown_options_are_errors_not_ignored() =>
        Assert.Throws<FormatException>(() => HarnessOptionsParser.Parse(["round", "--mentes", "10"]));

    [Fact]
    public void Unknown_scenarios_are_errors() =>
        Assert.Throws<FormatException>(() => HarnessOptionsParser.Parse(["benchmark"]));

    [Fact]
    public void The_console_scenario_on_an_external_gateway_needs_its_web_address_on_127_0_0_1()
    {
        Assert.Throws<FormatException>(() => HarnessOptionsParser.Parse(["console", "--target", "http://127.0.0.1:5080"]));
        Assert.Throws<FormatException>(() => HarnessOptionsParser.Parse(["console", "--target", "http://127.0.0.1:5080", "--web", "http://10.0.0.5:5082"]));

        var options = HarnessOptionsParser.Parse(["console", "--target", "http://127.0.0.1:5080", "--web", "http://127.0.0.1:5082"]);

        Assert.Equal("http://127.0.0.1:5082", options.Web);
        Assert.Equal(TopologyKind.Single, HarnessOptionsParser.Parse(["console"]).Topology);
    }

    [Fact]
    public void The_webhooks_scenario_defaults_to_100_changes_a_second_for_30_seconds_and_takes_other_figures()
    {
        var defaults = HarnessOptionsParser.Parse(["webhooks"]);
        Assert.Equal((100d, 30, "default"), (defaults.EventRate, defaults.EventSeconds, defaults.Tenant));

        var options = HarnessOptionsParser.Parse(["webhooks", "--event-rate", "10", "--event-seconds", "5", "--tenant", "acme", "--drain-seconds", "20"]);
        Assert.Equal((10d, 5, "acme", 20), (options.EventRate, options.EventSeconds, options.Tenant, options.DrainSeconds));
        Assert.Throws<FormatException>(() => HarnessOptionsParser.Parse(["webhooks", "--event-rate", "0"]));
    }

    [Fact]
    public void The_mail_scenario_defaults_to_the_issues_round_and_takes_a_small_one()
    {
        Assert.Equal((50_000, 10_000), (HarnessOptionsParser.Parse(["mail"]).Mentees, HarnessOptionsParser.Parse(["mail"]).Mentors));
        Assert.Equal((10_000, 2_000), (HarnessOptionsParser.Parse(["round"]).Mentees, HarnessOptionsParser.Parse(["round"]).Mentors));

        var small = HarnessOptionsParser.Parse(["mail", "--mentees", "800", "--mentors", "200"]);
        Assert.Equal((800, 200), (small.Mentees, small.Mentors));
    }

    [Theory]
    [InlineData("single", "0.5")]
    [InlineData("cluster", "0")]
    [InlineData("cluster", "1")]
    [InlineData("cluster", "1.5")]
    public void A_silo_restart_needs_a_cluster_and_a_fraction_between_0_and_1(string topology, string fraction) =>
        Assert.Throws<FormatException>(() => HarnessOptionsParser.Parse(
            ["mail", "--topology", topology, "--postgres", "Host=127.0.0.1", "--restart-silo-at", fraction]));

    [Fact]
    public void A_silo_restart_midway_is_taken_on_a_cluster() =>
        Assert.Equal(0.5, HarnessOptionsParser.Parse(["mail", "--topology", "cluster", "--postgres", "Host=127.0.0.1", "--restart-silo-at", "0.5"]).RestartSiloAt);

    [Fact]
    public void Mail_on_an_external_gateway_needs_the_port_that_gateway_sends_to()
    {
        Assert.Throws<FormatException>(() => HarnessOptionsParser.Parse(["mail", "--target", "http://127.0.0.1:5080"]));
        Assert.Equal(2525, HarnessOptionsParser.Parse(["mail", "--target", "http://127.0.0.1:5080", "--smtp-port", "2525"]).SmtpPort);
    }
}
