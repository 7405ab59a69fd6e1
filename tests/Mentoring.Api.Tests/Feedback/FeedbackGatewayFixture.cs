using Mentoring.Api.Tests.Infrastructure;

namespace Mentoring.Api.Tests.Feedback;

/// <summary>
/// An embedded gateway whose first check-in point is one second after a match turns active and whose reminder ticks every
/// minute (the shortest Orleans allows), with a known link signing key so tests can sign links of their own. The tests'
/// programmes are all built before the first test runs, so their matches turn active together and one reminder tick of
/// each mails their surveys: the tests wait for that minute once, not once each.
/// </summary>
public sealed class FeedbackGatewayFixture : IAsyncLifetime
{
    public static readonly byte[] LinkSigningKey = [.. Enumerable.Range(0, 32).Select(i => (byte)(255 - i))];

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));
    private ServiceProcess? _gateway;

    public ServiceProcess Gateway => _gateway ?? throw new InvalidOperationException("Not started.");

    /// <summary>Three matches, all active.</summary>
    public FeedbackWorld Sum { get; private set; } = null!;

    /// <summary>Two matches, the first active.</summary>
    public FeedbackWorld Bad { get; private set; } = null!;

    /// <summary>One active match.</summary>
    public FeedbackWorld Erase { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = Settings.EmbeddedSqlite(_dataDirectory);
        settings["Mentoring:Links:SigningKey"] = Convert.ToBase64String(LinkSigningKey);
        settings["Mentoring:Feedback:CheckIns:0"] = "00:00:01";
        settings["Mentoring:Feedback:CheckIns:1"] = "30.00:00:00";
        settings["Mentoring:Feedback:CheckInterval"] = "00:01:00";
        _gateway = await ServiceProcess.StartGatewayAsync(settings);
        Sum = await FeedbackWorld.BuildAsync(_gateway, "feedback-sum", pairs: 3, active: 3);
        Bad = await FeedbackWorld.BuildAsync(_gateway, "feedback-bad", pairs: 2, active: 1);
        Erase = await FeedbackWorld.BuildAsync(_gateway, "feedback-erase", pairs: 1, active: 1);
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
