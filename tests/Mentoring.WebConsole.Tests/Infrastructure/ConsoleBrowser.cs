using Mentoring.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Mentoring.WebConsole.Tests.Infrastructure;

/// <summary>The distribution's headless Chromium (<c>/usr/bin/chromium</c>, or <c>MENTORING_CHROMIUM</c>), and fresh profiles on a gateway's console.</summary>
public static class ConsoleBrowser
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MENTORING_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox"],
        });

    /// <summary>A fresh browser profile (no cookies) at the gateway's console, in the given language and time zone.</summary>
    public static async Task<ConsolePage> OpenAsync(IBrowser browser, ServiceProcess gateway, string locale = "en-GB", string timeZone = "Europe/Berlin")
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = gateway.WebAddress,
            Locale = locale,
            TimezoneId = timeZone,
        });
        return new ConsolePage(await context.NewPageAsync(), gateway);
    }
}
