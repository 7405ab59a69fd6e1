using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Testing;
using Microsoft.Playwright;

namespace Mentoring.WebConsole.Tests.Infrastructure;

/// <summary>
/// The real outside of the participant loop: an SMTP server (Debian's aiosmtpd) the gateway sends participants' mail
/// to, an HTTP receiver on 127.0.0.1 for a partner's webhooks (loopback allowed by configuration), an embedded-default
/// gateway wired to both, and one headless Chromium.
/// </summary>
public sealed class MailAndWebhookConsoleFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));
    private SmtpSink? _smtp;
    private WebhookReceiver? _receiver;
    private ServiceProcess? _gateway;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public SmtpSink Smtp => _smtp ?? throw new InvalidOperationException("Not started.");

    public WebhookReceiver Receiver => _receiver ?? throw new InvalidOperationException("Not started.");

    public ServiceProcess Gateway => _gateway ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _smtp = await SmtpSink.StartAsync();
        _receiver = WebhookReceiver.Start();
        var settings = Settings.EmbeddedSqlite(_dataDirectory);
        settings["Mentoring:Mail:Smtp:Host"] = _smtp.Host;
        settings["Mentoring:Mail:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Mentoring:Mail:Smtp:UseTls"] = "false";
        settings["Mentoring:Mail:Smtp:From"] = "Mentoring <mentoring@mentoring.test>";
        settings["Mentoring:Webhooks:AllowPrivateAddresses"] = "true";
        // A fixed web port (not 0), so the links in the messages name the console's real address and open as sent.
        settings["Mentoring:Web:Urls"] = $"http://127.0.0.1:{ReservedPorts.Next()}";
        _gateway = await ServiceProcess.StartGatewayAsync(settings);
        _playwright = await Playwright.CreateAsync();
        _browser = await ConsoleBrowser.LaunchAsync(_playwright);
    }

    /// <summary>A fresh browser profile (no cookies) at the console.</summary>
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

        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }

        if (_smtp is not null)
        {
            await _smtp.DisposeAsync();
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }
}
