using Mentoring.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Mentoring.WebConsole.Tests.Infrastructure;

/// <summary>
/// The test OpenID provider, an embedded-default gateway that trusts its access tokens and offers it on the console's
/// sign-in page, and one headless Chromium.
/// </summary>
public sealed class OpenIdConsoleFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));
    private TestOpenIdProvider? _provider;
    private ServiceProcess? _gateway;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public TestOpenIdProvider Provider => _provider ?? throw new InvalidOperationException("Not started.");

    public ServiceProcess Gateway => _gateway ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _provider = await TestOpenIdProvider.StartAsync();
        var settings = Settings.EmbeddedSqlite(_dataDirectory);
        foreach (var (key, value) in _provider.GatewaySettings())
        {
            settings[key] = value;
        }

        _gateway = await ServiceProcess.StartGatewayAsync(settings);
        _playwright = await Playwright.CreateAsync();
        _browser = await ConsoleBrowser.LaunchAsync(_playwright);
    }

    public Task<ConsolePage> OpenAsync() =>
        ConsoleBrowser.OpenAsync(_browser ?? throw new InvalidOperationException("Not started."), Gateway);

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }
}
