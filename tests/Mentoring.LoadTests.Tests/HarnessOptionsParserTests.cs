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
}
