using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Mentoring.LoadTests.Processes;

/// <summary>Waits until a gRPC server answers grpc.health.v1 with SERVING, or its process dies, or the time is up.</summary>
public static class ServingProbe
{
    public static async Task WaitAsync(string target, ChildProcess process, TimeSpan timeout, CancellationToken ct)
    {
        using var channel = GrpcChannel.ForAddress(target);
        var health = new Health.HealthClient(channel);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{process.Name} exited before serving:\n{process.Tail()}");
            }

            try
            {
                var reply = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(5), cancellationToken: ct);
                if (reply.Status == HealthCheckResponse.Types.ServingStatus.Serving)
                {
                    return;
                }
            }
            catch (RpcException)
            {
                // Not listening yet, or still joining the cluster.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{process.Name} not serving after {timeout}:\n{process.Tail()}");
            }

            await Task.Delay(250, ct);
        }
    }
}
