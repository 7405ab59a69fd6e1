using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests.Webhooks;

/// <summary>A gateway configured with Mentoring:Webhooks:AllowPrivateAddresses accepts loopback and http URLs (what tests and closed networks need).</summary>
public sealed class WebhookPrivateAddressTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));
    private ServiceProcess? _gateway;

    public async Task InitializeAsync()
    {
        var settings = Settings.EmbeddedSqlite(_dataDirectory);
        settings["Mentoring:Webhooks:AllowPrivateAddresses"] = "true";
        _gateway = await ServiceProcess.StartGatewayAsync(settings);
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Fact]
    public async Task Loopback_and_private_urls_are_accepted_when_configuration_allows_private_addresses()
    {
        string[] urls = ["http://127.0.0.1:9/hook", "https://localhost/hook", "https://[::1]:8443/hook", "https://10.1.2.3/hook"];
        var key = await TestCredentials.CreateKeyAsync(_gateway!.Address, "hooks-private", ["tenant.admin"]);
        var hooks = new WebhookService.WebhookServiceClient(_gateway.CreateChannel(key));

        var stored = new List<string>();
        foreach (var url in urls)
        {
            var created = await hooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest
            {
                Parent = "tenants/hooks-private",
                WebhookEndpoint = new WebhookEndpoint { Url = url },
            });
            stored.Add((await hooks.GetWebhookEndpointAsync(new GetWebhookEndpointRequest { Name = created.WebhookEndpoint.Name })).Url);
        }

        Assert.Equal(urls, stored);
    }
}
