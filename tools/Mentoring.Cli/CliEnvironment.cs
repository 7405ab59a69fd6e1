namespace Mentoring.Cli;

/// <summary>What the tool reads from and writes to outside itself, so tests can run it in-process with their own.</summary>
public sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    Func<string, string?> GetVariable,
    string HomeDirectory,
    bool Interactive)
{
    public static CliEnvironment FromProcess() => new(
        Console.Out,
        Console.Error,
        Environment.GetEnvironmentVariable,
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
        !Console.IsOutputRedirected);
}
