using Mentoring.LoadTests.Receivers;
using Mentoring.LoadTests.Scenarios;

namespace Mentoring.LoadTests.Tests;

public sealed class MailTallyTests
{
    private static readonly DateTime Noon = new(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Every_address_is_owed_one_distinct_message_per_match_side_and_repeated_message_ids_are_duplicates()
    {
        var expected = new Dictionary<string, int> { ["ada@load.test"] = 2, ["bo@load.test"] = 1, ["cy@load.test"] = 1 };
        SinkMessage[] messages =
        [
            Message("ada@load.test", "m1", 1), Message("ada@load.test", "m2", 2), Message("bo@load.test", "m3", 3),
            Message("bo@load.test", "m3", 4), Message("cy@load.test", "m4", 5),
        ];

        var tally = MailTally.Count(expected, messages);

        Assert.Equal((4, 5, 4, 0, 1, 0), (tally.Expected, tally.Received, tally.Distinct, tally.Lost, tally.Duplicates, tally.Unexpected));
        Assert.Equal((Noon.AddSeconds(1), Noon.AddSeconds(5)), (tally.FirstUtc, tally.LastUtc));
    }

    [Fact]
    public void A_duplicate_does_not_stand_in_for_a_missing_message_and_mail_to_no_one_owed_is_unexpected()
    {
        var expected = new Dictionary<string, int> { ["ada@load.test"] = 2 };
        SinkMessage[] messages = [Message("ada@load.test", "m1", 1), Message("ada@load.test", "m1", 2), Message("eve@load.test", "m9", 3)];

        var tally = MailTally.Count(expected, messages);

        Assert.Equal((1, 1, 1), (tally.Lost, tally.Duplicates, tally.Unexpected));
    }

    [Fact]
    public void The_headers_are_read_as_a_mail_client_reads_them_folded_lines_and_angle_brackets_included()
    {
        const string raw = "From: Mentoring <mentoring@load.test>\r\nTo: Ada@Load.Test\r\nMessage-Id:\r\n <0123456789abcdef@mentoring.notifications>\r\nSubject: Your match\r\n\r\nTo: not-a-header@load.test\r\n";

        var (to, messageId) = SinkMessage.Headers(new StringReader(raw));

        Assert.Equal(["ada@load.test"], to);
        Assert.Equal("0123456789abcdef@mentoring.notifications", messageId);
    }

    private static SinkMessage Message(string to, string id, int second) => new([to], id, Noon.AddSeconds(second));
}
