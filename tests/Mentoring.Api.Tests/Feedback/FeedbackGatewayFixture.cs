using Mentoring.Api.Tests.Infrastructure;

namespace Mentoring.Api.Tests.Feedback;

/// <summary>
/// An embedded gateway whose first check-in point is one second after a match turns active and whose reminder ticks every
/// minute (the shortest Orleans allows), with a known link signing key so tests can sign links of their own.
/// </summary>
public sealed class FeedbackGatewayFixture : IAsyncLifetime
{
    public static readonly byte[] LinkSigningKey = [.. Enumerable.Range(0, 32).Select(i => (byte)(255 - i))];

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));
    private ServiceProcess? _gateway;

    public ServiceProcess Gateway => _gateway ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        var settings = Settings.EmbeddedSqlite(_dataDirectory);
        settings["Mentoring:Links:SigningKey"] = Convert.ToBase64String(LinkSigningKey);
        settings["Mentoring:Feedback:CheckIns:0"] = "00:00:01";
        settings["Mentoring:Feedback:CheckIns:1"] = "30.00:00:00";
        settings["Mentoring:Feedback:CheckInterval"] = "00:01:00";
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
