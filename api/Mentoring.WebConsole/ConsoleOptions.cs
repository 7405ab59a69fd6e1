namespace Mentoring.WebConsole;

/// <summary>The console's settings, section <c>Mentoring:Console</c>.</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Mentoring:Console";

    /// <summary>The largest participant file the import page accepts, in bytes; the file is held in memory while it is read.</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// Whether the dev mailbox page is offered: set from the mail settings (true while <c>Mentoring:Mail:Smtp:Host</c> is
    /// empty), not bound from this section.
    /// </summary>
    public bool DevMailbox { get; set; }
}
