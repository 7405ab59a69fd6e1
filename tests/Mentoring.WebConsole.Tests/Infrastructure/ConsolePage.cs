using Deque.AxeCore.Playwright;
using Mentoring.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Mentoring.WebConsole.Tests.Infrastructure;

/// <summary>One browser tab on the console, with the steps every test shares: sign in, and check a page (screenshot and axe-core).</summary>
public sealed class ConsolePage(IPage page, ServiceProcess gateway) : IAsyncDisposable
{
    private static readonly string ScreenshotDirectory = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public IPage Page => page;

    /// <summary>Signs in on the sign-in page with the gateway's tenant key and waits for the programmes page.</summary>
    public async Task SignInAsync(string? apiKey = null)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Tenant").FillAsync(TestCredentials.Tenant);
        await page.GetByLabel("API key").FillAsync(apiKey ?? gateway.TenantKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Programmes", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Saves a screenshot as a test artifact and asserts axe-core finds no serious or critical violation.</summary>
    public async Task CheckAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
        var result = await page.RunAxe();
        var severe = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(severe.Count == 0, $"Accessibility violations on {name}:\n{string.Join("\n", severe)}");
    }

    public async ValueTask DisposeAsync() => await page.Context.DisposeAsync();
}
