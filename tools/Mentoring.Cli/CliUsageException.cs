namespace Mentoring.Cli;

/// <summary>A mistake in what the user asked for (a missing file, a malformed policy); printed as one line, never a stack trace.</summary>
public sealed class CliUsageException(string message) : Exception(message);
