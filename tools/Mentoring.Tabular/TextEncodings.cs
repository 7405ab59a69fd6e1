using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Mentoring.Tabular;

/// <summary>
/// The encoding of a text table: Excel saves "CSV UTF-8" with a byte order mark, but its plain "CSV" in the Windows
/// code page (1252 in Western Europe, where "ü" is one byte that is not valid UTF-8). Text whose start is valid UTF-8 is
/// read as UTF-8, anything else as Windows-1252.
/// </summary>
public static class TextEncodings
{
    private const int Sample = 64 * 1024;

    public static Encoding WindowsWestern { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>Guesses from the first 64 KB and rewinds; a stream that cannot seek is copied into memory first.</summary>
    public static (Stream Stream, Encoding Encoding) Detect(Stream stream)
    {
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            stream = copy;
            stream.Position = 0;
        }

        var start = stream.Position;
        var bytes = ArrayPool<byte>.Shared.Rent(Sample);
        try
        {
            var length = stream.ReadAtLeast(bytes.AsSpan(0, Sample), Sample, throwOnEndOfStream: false);
            stream.Position = start;
            var chars = ArrayPool<char>.Shared.Rent(Sample);
            try
            {
                var status = Utf8.ToUtf16(bytes.AsSpan(0, length), chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: length < Sample);
                return (stream, status == OperationStatus.InvalidData ? WindowsWestern : Encoding.UTF8);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
