namespace Mentoring.Tabular;

/// <summary>A table file that cannot be read at all (not a workbook, no worksheet, an unsupported separator); the message is one sentence for the user.</summary>
public sealed class TableFormatException(string message, Exception? inner = null) : Exception(message, inner);
