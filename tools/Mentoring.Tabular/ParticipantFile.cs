namespace Mentoring.Tabular;

/// <summary>
/// A participant file (CSV or XLSX) opened for import: its header problems, known at once, and its rows, read as they
/// are enumerated (once). Blank records, such as the empty rows Excel leaves at the end, are skipped.
/// </summary>
public sealed class ParticipantFile : IDisposable
{
    private readonly IEnumerator<TableRecord> _records;
    private readonly ParticipantRowReader? _reader;

    private ParticipantFile(IEnumerator<TableRecord> records, ParticipantHeader? header, IReadOnlyList<HeaderError> errors, string parent, TableFormat format)
    {
        _records = records;
        HeaderErrors = errors;
        _reader = header is null ? null : new ParticipantRowReader(header, parent, shortRowsAllowed: format == TableFormat.Xlsx);
    }

    /// <summary>Problems of the file as a whole; when there are any, no row should be sent.</summary>
    public IReadOnlyList<HeaderError> HeaderErrors { get; }

    /// <summary>Reads the header of <paramref name="stream"/>, which must stay open until the file is disposed.</summary>
    public static ParticipantFile Open(Stream stream, TableFormat format, string parent)
    {
        var records = TableFile.Read(stream, format).GetEnumerator();
        try
        {
            while (records.MoveNext())
            {
                if (!records.Current.IsBlank)
                {
                    var header = ParticipantHeader.Map(records.Current.Cells);
                    return new ParticipantFile(records, header, header.Errors, parent, format);
                }
            }

            return new ParticipantFile(records, null, [], parent, format);
        }
        catch (TableFormatException e)
        {
            return new ParticipantFile(records, null, [new HeaderError("file", e.Message)], parent, format);
        }
    }

    /// <summary>Opens and reads a whole file at once, for callers that show every row.</summary>
    public static (IReadOnlyList<HeaderError> HeaderErrors, IReadOnlyList<ImportRow> Rows) ReadAll(Stream stream, TableFormat format, string parent)
    {
        using var file = Open(stream, format, parent);
        return (file.HeaderErrors, file.Rows().ToList());
    }

    /// <summary>
    /// Reads a whole upload at once: a stream that cannot seek (a browser upload, which also refuses synchronous reads)
    /// is first copied into memory asynchronously.
    /// </summary>
    public static async Task<(IReadOnlyList<HeaderError> HeaderErrors, IReadOnlyList<ImportRow> Rows)> ReadAllAsync(
        Stream stream, TableFormat format, string parent, CancellationToken cancellationToken = default)
    {
        if (stream.CanSeek)
        {
            return ReadAll(stream, format, parent);
        }

        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        return ReadAll(copy, format, parent);
    }

    /// <summary>The data rows in file order; none when the header could not be read.</summary>
    public IEnumerable<ImportRow> Rows()
    {
        if (_reader is null)
        {
            yield break;
        }

        while (_records.MoveNext())
        {
            if (!_records.Current.IsBlank)
            {
                yield return _reader.Read(_records.Current);
            }
        }
    }

    public void Dispose() => _records.Dispose();
}
