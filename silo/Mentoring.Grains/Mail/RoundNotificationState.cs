namespace Mentoring.Grains.Mail;

/// <summary>
/// A round's notifications: the pages to walk and the cursor (page, match on it) up to which every message was handed
/// over. Written at checkpoints, so a restart resends at most the messages since the last one (with the same Message-Id).
/// </summary>
[GenerateSerializer]
public sealed class RoundNotificationState
{
    [Id(0)] public bool Started { get; set; }
    [Id(1)] public int PageCount { get; set; }
    [Id(2)] public int Page { get; set; }
    [Id(3)] public int Match { get; set; }
    [Id(4)] public int Sent { get; set; }
    [Id(5)] public int WithoutAddress { get; set; }
    [Id(6)] public bool Done { get; set; }

    /// <summary>Uses of the round's personal links, as "linkId/action": each action once per link.</summary>
    [Id(7)] public SortedSet<string> LinkUses { get; set; } = new(StringComparer.Ordinal);
}
