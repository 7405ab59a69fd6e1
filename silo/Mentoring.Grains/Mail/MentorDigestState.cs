namespace Mentoring.Grains.Mail;

/// <summary>
/// When the programme's next digest is due (unset: not started), and the mentors (by a hash of the digest's
/// Message-Id) that digest was handed to, recorded at checkpoints: a restart resends at most the digests since the last
/// one, with the same Message-Id (at least once).
/// </summary>
[GenerateSerializer]
public sealed class MentorDigestState
{
    [Id(0)] public DateTimeOffset? NextDue { get; set; }
    [Id(1)] public SortedSet<string> Sent { get; set; } = new(StringComparer.Ordinal);
}
