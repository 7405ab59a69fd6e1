using Mentoring.Api.Tests.Infrastructure;

namespace Mentoring.Api.Tests.Security;

/// <summary>The embedded default with a one-day retention period, so a test can make a purge overdue through end_time alone.</summary>
public sealed class RetentionGatewayFixture : IAsyncLifetime
{
    public static readonly TimeSpan Period = TimeSpan.FromDays(1);

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));
    private ServiceProcess? _gateway;

    public string Database => Path.Combine(_dataDirectory, "mentoring.db");

    public ServiceProcess Gateway => _gateway ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        var settings = Settings.EmbeddedSqlite(_dataDirectory);
        settings["Mentoring:Retention:Period"] = "1.00:00:00";
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
}
