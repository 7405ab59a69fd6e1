using Mentoring.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Mentoring.WebConsole.Tests.Infrastructure;

/// <summary>
/// The embedded default (a gateway co-hosting a silo, SQLite in a temporary folder) and one headless Chromium, the
/// distribution's (<c>/usr/bin/chromium</c>, or <c>MENTORING_CHROMIUM</c>), shared by the console's tests.
/// </summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));
    private ServiceProcess? _gateway;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The import page's size limit in these tests, small enough for a test to go over it.</summary>
    public const long MaxUploadBytes = 256 * 1024;

    public static readonly byte[] LinkSigningKey = [.. Enumerable.Range(0, 32).Select(i => (byte)(i * 7))];

    public ServiceProcess Gateway => _gateway ?? throw new InvalidOperationException("Not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        var settings = Settings.EmbeddedSqlite(_dataDirectory);
        settings["Mentoring:Console:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // A known key lets tests sign links of their own (an expired one); messages are signed with it too.
        settings["Mentoring:Links:SigningKey"] = Convert.ToBase64String(LinkSigningKey);
        _gateway = await ServiceProcess.StartGatewayAsync(settings);
        _playwright = await Playwright.CreateAsync();
        _browser = await ConsoleBrowser.LaunchAsync(_playwright);
    }

    /// <summary>A fresh browser profile (no cookies) at the console, in the given language and time zone.</summary>
    public async Task<ConsolePage> OpenAsync(string locale = "en-GB", string timeZone = "Europe/Berlin")
    {
        return await ConsoleBrowser.OpenAsync(Browser, Gateway, locale, timeZone);
    }

    /// <summary>A fresh browser profile at the console, signed in with the tenant's key.</summary>
    public async Task<ConsolePage> SignedInAsync(string locale = "en-GB", string timeZone = "Europe/Berlin")
    {
        var console = await OpenAsync(locale, timeZone);
        try
        {
            await console.SignInAsync();
            return console;
        }
        catch
        {
            await console.DisposeAsync();
            throw;
        }
    }

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

        Directory.Delete(_dataDirectory, recursive: true);
    }
}
