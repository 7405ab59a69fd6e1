using Mentoring.Api.Tests.Infrastructure;

namespace Mentoring.Api.Tests;

/// <summary>Switched on, the engine's warm-up round runs before the gateway serves; by default it does not run.</summary>
public sealed class WarmUpStartTests : IAsyncLifetime
{
    private const string WarmedUp = "Warmed up the matching engine";
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_warm_up_has_run_before_the_gateway_reports_its_addresses()
    {
        var settings = Settings.EmbeddedSqlite(_dataDirectory);
        settings["Mentoring:WarmUp:Enabled"] = "true";
        settings["Mentoring:WarmUp:Iterations"] = "2";
        settings["Mentoring:WarmUp:Mentees"] = "400";
        settings["Mentoring:WarmUp:Mentors"] = "80";
        await using var gateway = await ServiceProcess.StartGatewayAsync(settings);

        var output = gateway.Output;
        var warmedUp = output.IndexOf(WarmedUp, StringComparison.Ordinal);
        Assert.True(warmedUp >= 0, output);
        Assert.Contains("2 runs of a 400 x 80 round", output, StringComparison.Ordinal);
        var listening = output.IndexOf("Listening addresses written", StringComparison.Ordinal);
        Assert.True(listening > warmedUp, output);
    }

    [Fact]
    public async Task By_default_there_is_no_warm_up()
    {
        var settings = Settings.EmbeddedSqlite(_dataDirectory);
        await using var gateway = await ServiceProcess.StartGatewayAsync(settings);

        Assert.DoesNotContain(WarmedUp, gateway.Output, StringComparison.Ordinal);
        Assert.Contains("Listening addresses written", gateway.Output, StringComparison.Ordinal);
    }
}
