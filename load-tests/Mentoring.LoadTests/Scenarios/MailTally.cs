using Mentoring.LoadTests.Receivers;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>
/// What the SMTP sink got against what a published round owes: each address is owed one message per match side it
/// holds. Repeats of a Message-ID are duplicates; an address with fewer distinct messages than it is owed lost the
/// difference, one with more (or one not owed anything) got unexpected ones.
/// </summary>
public static class MailTally
{
    public sealed record Result(int Expected, int Received, int Distinct, int Lost, int Duplicates, int Unexpected, DateTime? FirstUtc, DateTime? LastUtc);

    public static Result Count(IReadOnlyDictionary<string, int> expectedPerAddress, IReadOnlyList<SinkMessage> messages)
    {
        var distinct = messages.GroupBy(m => m.MessageId, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var received = distinct.SelectMany(m => m.To).GroupBy(a => a, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var lost = expectedPerAddress.Sum(e => Math.Max(0, e.Value - received.GetValueOrDefault(e.Key)));
        var unexpected = received.Sum(r => Math.Max(0, r.Value - expectedPerAddress.GetValueOrDefault(r.Key)));
        return new Result(expectedPerAddress.Values.Sum(), messages.Count, distinct.Count, lost, messages.Count - distinct.Count, unexpected,
            messages.Count > 0 ? messages.Min(m => m.ArrivedUtc) : null, messages.Count > 0 ? messages.Max(m => m.ArrivedUtc) : null);
    }
}
