using System.Net;
using System.Text.Json;

namespace Mentoring.Operations.Tests.Infrastructure;

/// <summary>What an HTTP/1.1 prober (a load balancer, Kubernetes, Docker) sees on an operations endpoint.</summary>
public sealed class OperationsProbe(Uri address) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30), DefaultRequestVersion = HttpVersion.Version11 };

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The status of one named check in a health report.</summary>
    public static string? CheckStatus(string body, string check) =>
        JsonDocument.Parse(body).RootElement.GetProperty("checks").TryGetProperty(check, out var entry)
            ? entry.GetProperty("status").GetString()
            : null;

    public void Dispose() => _http.Dispose();
}
