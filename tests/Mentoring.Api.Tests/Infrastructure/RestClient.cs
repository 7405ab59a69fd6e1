using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Google.Protobuf;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>
/// JSON over HTTP/1.1 to a gateway's web address, as a partner without gRPC would call it: messages are written and
/// read in the proto JSON mapping, and every exchange is held to HTTP/1.1 exactly.
/// </summary>
public sealed class RestClient(ServiceProcess gateway, string? apiKey) : IDisposable
{
    private readonly HttpClient _http = Create(gateway, apiKey);

    /// <summary>A client with the gateway's tenant key.</summary>
    public static RestClient For(ServiceProcess gateway) => new(gateway, gateway.TenantKey);

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery) => SendAsync(HttpMethod.Get, pathAndQuery, null);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string pathAndQuery, IMessage? body)
    {
        var request = new HttpRequestMessage(method, pathAndQuery);
        if (body is not null)
        {
            request.Content = new StringContent(JsonFormatter.Default.Format(body), Encoding.UTF8, "application/json");
        }

        return _http.SendAsync(request);
    }

    /// <summary>Sends and reads a successful answer as <typeparamref name="T"/>; fails with the body otherwise.</summary>
    public async Task<T> CallAsync<T>(HttpMethod method, string pathAndQuery, IMessage? body = null)
        where T : IMessage<T>, new()
    {
        using var response = await SendAsync(method, pathAndQuery, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {pathAndQuery} answered {(int)response.StatusCode}: {text}");
        Assert.Equal(HttpVersion.Version11, response.Version);
        return JsonParser.Default.Parse<T>(text);
    }

    public void Dispose() => _http.Dispose();

    private static HttpClient Create(ServiceProcess gateway, string? apiKey)
    {
        var http = new HttpClient
        {
            BaseAddress = new Uri(gateway.WebAddress),
            DefaultRequestVersion = HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Add("x-api-key", apiKey);
        }

        return http;
    }
}
