using System.Net;
using Mentoring.Operations.Tests.Infrastructure;
using Mentoring.Testing;

namespace Mentoring.Operations.Tests;

/// <summary>A silo's readiness follows its storage and cluster membership; liveness does not.</summary>
public sealed class ReadinessTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_silo_is_not_ready_while_PostgreSQL_refuses_it_and_ready_again_after()
    {
        await using var silo = await InProcessSilo.StartAsync(MemberSettings.Silo(database.ConnectionString, "ready-" + Guid.NewGuid().ToString("N")[..8]));
        using var probe = new OperationsProbe(silo.OperationsAddress);
        var ready = await Eventually.WaitAsync(() => probe.GetAsync("/health/ready"), r => r.Status == HttpStatusCode.OK, Timeout, "the silo to be ready");
        Assert.Equal("Healthy", OperationsProbe.CheckStatus(ready.Body, "storage"));
        Assert.Equal("Healthy", OperationsProbe.CheckStatus(ready.Body, "membership"));

        await DatabaseAccess.BlockAsync(database.ConnectionString);
        try
        {
            var unready = await Eventually.WaitAsync(
                () => probe.GetAsync("/health/ready"),
                r => r.Status == HttpStatusCode.ServiceUnavailable && OperationsProbe.CheckStatus(r.Body, "membership") == "Unhealthy",
                Timeout,
                "readiness to fail");
            Assert.Equal("Unhealthy", OperationsProbe.CheckStatus(unready.Body, "storage"));
            Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/live")).Status);
        }
        finally
        {
            await DatabaseAccess.AllowAsync(database.ConnectionString);
        }

        var back = await Eventually.WaitAsync(() => probe.GetAsync("/health/ready"), r => r.Status == HttpStatusCode.OK, Timeout, "readiness to return");
        Assert.Equal("Healthy", OperationsProbe.CheckStatus(back.Body, "storage"));
    }
}
