using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Mentoring.Testing;

/// <summary>
/// A real SMTP server for tests: Debian's aiosmtpd (package python3-aiosmtpd, installed by .ci/run) on a free loopback
/// port, writing every accepted message as a file into a Maildir that the test reads.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _directory;

    private SmtpSink(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public string Host => "127.0.0.1";

    /// <summary>Starts the server (on <paramref name="port"/>, else a free one) and returns once it accepts connections.</summary>
    public static async Task<SmtpSink> StartAsync(int? port = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"mentoring-smtp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var listen = port ?? ReservedPorts.Next();
        // Debian's interpreter, where python3-aiosmtpd lives, even when another python3 comes first on the PATH.
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{listen}", "-c", "aiosmtpd.handlers.Mailbox", Path.Combine(directory, "maildir") })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var sink = new SmtpSink(process, directory, listen);
        process.OutputDataReceived += (_, e) => sink.Append(e.Data);
        process.ErrorDataReceived += (_, e) => sink.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await Eventually.WaitAsync(
            async () => !process.HasExited && await AcceptsAsync(listen),
            accepting => accepting || process.HasExited,
            TimeSpan.FromSeconds(30),
            $"aiosmtpd listening on port {listen}",
            details: sink.Output);
        if (process.HasExited)
        {
            throw new InvalidOperationException($"aiosmtpd exited ({process.ExitCode}): {sink.Output()}");
        }

        return sink;
    }

    /// <summary>The raw messages received so far (RFC 5322 text), in no particular order.</summary>
    public IReadOnlyList<string> Messages()
    {
        var delivered = Path.Combine(_directory, "maildir", "new");
        return Directory.Exists(delivered) ? [.. Directory.GetFiles(delivered).Select(File.ReadAllText)] : [];
    }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived and returns them all.</summary>
    public Task<IReadOnlyList<string>> WaitForAsync(int count, TimeSpan? timeout = null) =>
        Eventually.WaitAsync(() => Task.FromResult(Messages()), m => m.Count >= count, timeout ?? TimeSpan.FromSeconds(60), $"{count} messages at the SMTP server", details: Output);

    public string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
