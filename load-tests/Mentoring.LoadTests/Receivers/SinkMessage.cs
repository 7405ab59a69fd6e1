namespace Mentoring.LoadTests.Receivers;

/// <summary>A message at the <see cref="SmtpSink"/>: the addresses of its To header, its Message-ID and its arrival (UTC).</summary>
public sealed record SinkMessage(IReadOnlyList<string> To, string MessageId, DateTime ArrivedUtc)
{
    public static SinkMessage Read(string path)
    {
        using var reader = new StreamReader(path);
        var (to, messageId) = Headers(reader);
        return new SinkMessage(to, messageId, File.GetLastWriteTimeUtc(path));
    }

    /// <summary>The To addresses and the Message-ID of an RFC 5322 header block (folded lines unfolded), read up to the first blank line.</summary>
    public static (IReadOnlyList<string> To, string MessageId) Headers(TextReader reader)
    {
        var headers = new List<string>();
        for (var line = reader.ReadLine(); !string.IsNullOrEmpty(line); line = reader.ReadLine())
        {
            if (line[0] is ' ' or '\t' && headers.Count > 0)
            {
                headers[^1] += " " + line.Trim();
            }
            else
            {
                headers.Add(line);
            }
        }

        string Value(string name) => headers.FirstOrDefault(h => h.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim() ?? "";
        var to = Value("To").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Address).ToList();
        return (to, Value("Message-ID").Trim('<', '>'));
    }

    // "Name <a@b>" or "a@b" -> "a@b", lower-cased as mailboxes compare.
    private static string Address(string mailbox)
    {
        var open = mailbox.LastIndexOf('<');
        var address = open >= 0 ? mailbox[(open + 1)..].TrimEnd('>') : mailbox;
        return address.Trim().ToLowerInvariant();
    }
}
