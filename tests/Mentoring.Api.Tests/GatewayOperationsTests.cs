using System.Net;
using System.Text.Json;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Testing;

namespace Mentoring.Api.Tests;

/// <summary>The gateway's HTTP/1.1 operations address: liveness, and readiness that follows the cluster.</summary>
public sealed class GatewayOperationsTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_embedded_gateway_answers_HTTP_1_1_probes_on_its_operations_port()
    {
        var data = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using var gateway = await ServiceProcess.StartGatewayAsync(Settings.EmbeddedSqlite(data));
            using var http = Http(gateway);

            using var live = await http.GetAsync("/health/live");
            var ready = await WaitAsync(http, "/health/ready", HttpStatusCode.OK);

            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(new Version(1, 1), live.Version);
            Assert.Equal(["cluster", "membership", "storage"], Checks(ready).Keys.Order().ToArray());
            Assert.All(Checks(ready).Values, status => Assert.Equal("Healthy", status));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task A_client_gateway_is_not_ready_while_no_silo_is_up_and_ready_again_when_one_joins()
    {
        var clusterId = "gateway-ready-" + Guid.NewGuid().ToString("N")[..6];
        var silo = ServiceProcess.StartSilo(Settings.ClusterMember(postgres.ConnectionString, clusterId));
        var gatewaySettings = Settings.ClusterMember(postgres.ConnectionString, clusterId);
        gatewaySettings["Mentoring:GatewayMode"] = "Client";
        await using var gateway = await ServiceProcess.StartGatewayAsync(gatewaySettings);
        using var http = Http(gateway);
        await WaitAsync(http, "/health/ready", HttpStatusCode.OK);

        await silo.DisposeAsync();
        var unready = await WaitAsync(http, "/health/ready", HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Unhealthy", Checks(unready)["cluster"]);
        Assert.Equal("Healthy", Checks(unready)["storage"]);
        using (var live = await http.GetAsync("/health/live"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        await using var replacement = ServiceProcess.StartSilo(Settings.ClusterMember(postgres.ConnectionString, clusterId));
        await WaitAsync(http, "/health/ready", HttpStatusCode.OK);
    }

    private static HttpClient Http(ServiceProcess process) => new()
    {
        BaseAddress = new Uri($"http://127.0.0.1:{process.OperationsPort}"),
        DefaultRequestVersion = HttpVersion.Version11,
        Timeout = TimeSpan.FromSeconds(30),
    };

    private static Dictionary<string, string> Checks(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("checks").EnumerateObject()
            .ToDictionary(check => check.Name, check => check.Value.GetProperty("status").GetString()!);

    private static async Task<string> WaitAsync(HttpClient http, string path, HttpStatusCode expected)
    {
        var answer = await Eventually.WaitAsync(
            async () =>
            {
                using var response = await http.GetAsync(path);
                return (Status: response.StatusCode, Body: await response.Content.ReadAsStringAsync());
            },
            answer => answer.Status == expected,
            Timeout,
            $"{path} to answer {expected}",
            TimeSpan.FromMilliseconds(200));
        return answer.Body;
    }
}
