using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Mentoring.LoadTests.Processes;

namespace Mentoring.LoadTests.Receivers;

/// <summary>
/// The local SMTP server of the mail scenario: Debian's aiosmtpd (python3-aiosmtpd, as the tests use it) on 127.0.0.1,
/// writing each accepted message as a file into a Maildir in a temporary folder, removed again at the end. A message's
/// arrival time is its file's write time.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;
    private readonly StringBuilder _output = new();

    private SmtpSink(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public int ProcessId => _process.Id;

    private string Delivered => Path.Combine(_directory, "maildir", "new");

    /// <summary>Starts aiosmtpd on <paramref name="port"/> (else a reserved one) and returns once it accepts connections.</summary>
    public static async Task<SmtpSink> StartAsync(int? port, CancellationToken ct)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"mentoring-load-smtp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var listen = port ?? LoopbackPorts.Reserve();
        // Debian's interpreter, where python3-aiosmtpd lives, even when another python3 comes first on the PATH.
        var start = new ProcessStartInfo(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3")
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
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await AcceptsAsync(listen, ct))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                var output = sink.Output();
                await sink.DisposeAsync();
                throw new InvalidOperationException($"aiosmtpd (python3-aiosmtpd) did not listen on 127.0.0.1:{listen}: {output}");
            }

            await Task.Delay(100, ct);
        }

        return sink;
    }

    /// <summary>Messages received so far, duplicates included.</summary>
    public int Count() => Directory.Exists(Delivered) ? Directory.EnumerateFiles(Delivered).Count() : 0;

    /// <summary>Every message received so far: its recipients and Message-ID header, and when its file was written.</summary>
    public IReadOnlyList<SinkMessage> Read() =>
        Directory.Exists(Delivered) ? [.. Directory.EnumerateFiles(Delivered).Select(SinkMessage.Read)] : [];

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
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static async Task<bool> AcceptsAsync(int port, CancellationToken ct)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port, ct);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
