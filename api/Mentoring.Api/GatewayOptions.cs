namespace Mentoring.Api;

/// <summary>gRPC gateway limits, bound from "Mentoring:Api".</summary>
public sealed class GatewayOptions
{
    public const string Section = "Mentoring:Api";

    /// <summary>Largest accepted request message; bigger ones are refused before any grain is called.</summary>
    public int MaxReceiveMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest response message, sized for a 100,000-item import acknowledgement.</summary>
    public int MaxSendMessageBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Most items one ImportParticipants stream may carry; the acknowledgement of each must fit <see cref="MaxSendMessageBytes"/>.</summary>
    public int MaxImportItems { get; set; } = 100_000;

    /// <summary>Longest a streamed call (WatchRound, ImportParticipants) may run, whatever deadline the client sets.</summary>
    public TimeSpan LongCallCeiling { get; set; } = TimeSpan.FromMinutes(10);
}
