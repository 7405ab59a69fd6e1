namespace Mentoring.Grains.Mail;

/// <summary>
/// A round's follow-ups: its pages, the reminders handed over (by a hash of their Message-Id, so no participant id is
/// stored), and whether no proposal waits any more. Reminders are recorded after they are sent, at checkpoints: a
/// restart resends at most the reminders since the last one, with the same Message-Id (at least once).
/// </summary>
[GenerateSerializer]
public sealed class ProposalFollowUpState
{
    [Id(0)] public bool Started { get; set; }
    [Id(1)] public int PageCount { get; set; }
    [Id(2)] public SortedSet<string> Reminded { get; set; } = new(StringComparer.Ordinal);
    [Id(3)] public bool Settled { get; set; }
}
