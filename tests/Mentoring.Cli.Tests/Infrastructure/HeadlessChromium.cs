using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Mentoring.Testing;

namespace Mentoring.Cli.Tests.Infrastructure;

/// <summary>
/// Debian's headless Chromium driven over the DevTools protocol: one page, commands by id, events recorded.
/// Started with the flags the issue names plus a debugging port the browser picks and reports in its profile folder.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private int _nextId;
    private Task? _reader;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>Every DevTools event received, in order (method, params).</summary>
    public ConcurrentQueue<(string Method, JsonNode? Params)> Events { get; } = new();

    public static async Task<HeadlessChromium> StartAsync()
    {
        var executable = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Chromium is not installed: apt-get install -y chromium (.ci/run does this).");
        var profile = Path.Combine(Path.GetTempPath(), "mentoring-chromium", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var info = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--remote-debugging-port=0", $"--user-data-dir={profile}", "--window-size=1280,1600", "about:blank",
        })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var browser = new HeadlessChromium(process, profile);
        await browser.ConnectAsync();
        return browser;
    }

    /// <summary>Sends a command and returns its result; a protocol error fails the call.</summary>
    public async Task<JsonNode> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, _stop.Token);
        var response = await reply.Task.WaitAsync(Timeout);
        return response["error"] is { } error
            ? throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}")
            : response["result"] ?? new JsonObject();
    }

    /// <summary>Evaluates an expression in the page and returns its value (JSON-serialisable results only).</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        return result["exceptionDetails"] is { } exception
            ? throw new InvalidOperationException($"{expression} threw: {exception.ToJsonString()}")
            : result["result"]?["value"];
    }

    /// <summary>Waits until the condition, evaluated in the page, is true.</summary>
    public async Task WaitForAsync(string condition)
    {
        await Eventually.UntilAsync(
            async () => await EvaluateAsync(condition) is JsonValue value && value.GetValue<bool>(),
            Timeout,
            $"the page to make this true: {condition}",
            TimeSpan.FromMilliseconds(50));
    }

    /// <summary>A real mouse click (press and release) at page coordinates.</summary>
    public async Task ClickAsync(double x, double y)
    {
        foreach (var type in new[] { "mouseMoved", "mousePressed", "mouseReleased" })
        {
            await SendAsync("Input.dispatchMouseEvent", new JsonObject
            {
                ["type"] = type, ["x"] = x, ["y"] = y, ["button"] = "left", ["clickCount"] = type == "mouseMoved" ? 0 : 1,
            });
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium's helpers may still hold files for a moment; a stale temp folder is harmless.
        }
    }

    private async Task ConnectAsync()
    {
        var portFile = Path.Combine(_profile, "DevToolsActivePort");
        await Eventually.UntilAsync(
            () => (File.Exists(portFile) && File.ReadAllLines(portFile).Length >= 2)
                || (_process.HasExited
                    ? throw new InvalidOperationException($"Chromium exited with code {_process.ExitCode} before opening its debugging port.")
                    : false),
            Timeout,
            "Chromium to open its debugging port",
            TimeSpan.FromMilliseconds(50));

        var port = File.ReadAllLines(portFile)[0].Trim();
        using var http = new HttpClient();
        var targets = JsonNode.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list")))!.AsArray();
        var page = targets.First(t => (string?)t!["type"] == "page")!;
        await _socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), _stop.Token);
        _reader = Task.Run(ReadLoopAsync);
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                var node = JsonNode.Parse(message.ToArray())!;
                message.SetLength(0);
                if (node["id"] is { } id && _pending.TryRemove(id.GetValue<int>(), out var reply))
                {
                    reply.SetResult(node);
                }
                else if (node["method"] is { } method)
                {
                    Events.Enqueue(((string)method!, node["params"]));
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(e);
            }
        }
    }
}
