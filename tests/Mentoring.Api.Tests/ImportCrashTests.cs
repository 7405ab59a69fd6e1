using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Testing;

namespace Mentoring.Api.Tests;

/// <summary>
/// A process killed (SIGKILL) in the middle of a 20,000-person import: after the restart, every participant that
/// GetParticipant returns is listed, and the next round's snapshot counts exactly them. The participant's row is its
/// only record, so there is no index to lose people from.
/// </summary>
public sealed class ImportCrashTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const int People = 20_000;
    private const string ProgrammeId = "crash";
    private const string Parent = $"programmes/{ProgrammeId}";

    [Fact]
    public async Task Killing_the_single_node_mid_import_loses_nobody_from_listings_or_rounds()
    {
        var directory = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var settings = Unthrottled(Settings.EmbeddedSqlite(directory));
            string key;
            await using (var gateway = await ServiceProcess.StartGatewayAsync(settings))
            {
                key = gateway.TenantKey;
                await ImportUntilKilledAsync(gateway, gateway);
            }

            await using var restarted = await ServiceProcess.StartGatewayAsync(settings);
            await AssertConsistentAsync(restarted.CreateChannel(key));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Killing_one_silo_of_two_mid_import_loses_nobody_from_listings_or_rounds()
    {
        var clusterId = $"crash-{Guid.NewGuid():N}";
        await using var survivor = ServiceProcess.StartSilo(Settings.ClusterMember(postgres.ConnectionString, clusterId));
        await ReadyAsync(survivor);
        var victimSettings = Settings.ClusterMember(postgres.ConnectionString, clusterId);
        var gatewaySettings = Unthrottled(Settings.ClusterMember(postgres.ConnectionString, clusterId));
        gatewaySettings["Mentoring:GatewayMode"] = "Client";
        ServiceProcess gateway;
        await using (var victim = ServiceProcess.StartSilo(victimSettings))
        {
            await ReadyAsync(victim);
            gateway = await ServiceProcess.StartGatewayAsync(gatewaySettings);

            // A client-mode gateway spreads the import's chunks over both silos, so about half of them run on the victim.
            await ImportUntilKilledAsync(gateway, victim);
        }

        await using (gateway)
        {
            await using var back = ServiceProcess.StartSilo(victimSettings);
            await AssertConsistentAsync(gateway.CreateChannel());
        }
    }

    /// <summary>Streams the import through <paramref name="gateway"/> and kills <paramref name="victim"/> once a few thousand rows are stored.</summary>
    private static async Task ImportUntilKilledAsync(ServiceProcess gateway, ServiceProcess victim)
    {
        using var channel = gateway.CreateChannel();
        var clients = new Clients(channel);
        await clients.CreateProgrammeAsync(ProgrammeId);
        using var call = clients.Participants.ImportParticipants();
        var sending = SendAsync(call.RequestStream);

        await Eventually.UntilAsync(() => StoredAsync(clients, atLeast: 2_001), TimeSpan.FromMinutes(2), "the import to store 2,001 participants");
        await victim.KillAsync();

        // A killed gateway breaks the stream; with a silo killed behind a live gateway, the items on it are answered
        // as not stored. Either way the import did not store everyone, which the counts afterwards show.
        try
        {
            await sending;
            await call;
        }
        catch (Exception exception) when (exception is RpcException or InvalidOperationException or IOException)
        {
        }
    }

    // 20,000 reads and a 20,000-item stream are far above a tenant's default rate limit.
    private static Dictionary<string, string> Unthrottled(Dictionary<string, string> settings)
    {
        settings["Mentoring:RateLimits:Enabled"] = "false";
        return settings;
    }

    private static async Task SendAsync(IClientStreamWriter<ImportParticipantsRequest> stream)
    {
        for (var i = 0; i < People; i++)
        {
            var participant = i % 5 == 0 ? Builders.Mentor($"Person {i}") : Builders.Mentee($"Person {i}");
            await stream.WriteAsync(new ImportParticipantsRequest { Parent = Parent, ParticipantId = $"p-{i:D5}", Participant = participant });
        }

        await stream.CompleteAsync();
    }

    // Whether the listing holds at least that many participants, reading no more pages than needed to say so.
    private static async Task<bool> StoredAsync(Clients clients, int atLeast)
    {
        var (count, token) = (0, "");
        do
        {
            var page = await clients.Participants.ListParticipantsAsync(new ListParticipantsRequest { Parent = Parent, PageSize = 1000, PageToken = token });
            count += page.Participants.Count;
            token = page.NextPageToken;
        }
        while (count < atLeast && token.Length > 0);

        return count >= atLeast;
    }

    private static async Task ReadyAsync(ServiceProcess silo)
    {
        await silo.WaitForAddressesAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{silo.OperationsPort}") };
        await Eventually.UntilAsync(async () =>
        {
            try
            {
                return (await http.GetAsync("/health/ready")).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromMinutes(2), "a silo to be ready");
    }

    private static async Task AssertConsistentAsync(Grpc.Net.Client.GrpcChannel channel)
    {
        using (channel)
        {
            var clients = new Clients(channel);
            var rounds = new RoundService.RoundServiceClient(channel);
            var listed = (await clients.ListAllParticipantsAsync(Parent, pageSize: 1000)).Select(p => p.Name.Split('/')[^1]).ToList();
            var present = new List<string>();
            foreach (var batch in Enumerable.Range(0, People).Chunk(200))
            {
                var found = await Task.WhenAll(batch.Select(async i =>
                {
                    try
                    {
                        await clients.Participants.GetParticipantAsync(new GetParticipantRequest { Name = $"{Parent}/participants/p-{i:D5}" });
                        return $"p-{i:D5}";
                    }
                    catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
                    {
                        return null;
                    }
                }));
                present.AddRange(found.OfType<string>());
            }

            var round = await rounds.StartRoundAsync(new StartRoundRequest { Parent = Parent, RequestId = "after-crash", DryRun = true, Scope = RoundScope.All });
            var done = (await RoundCalls.WatchToEndAsync(rounds, round.Name))[^1];

            Assert.InRange(present.Count, 2_001, People - 1);
            Assert.Equal(present, listed);
            Assert.Equal(RoundState.Done, done.State);
            Assert.Equal(present.Count, done.Report.MenteeCount + done.Report.MentorCount);
        }
    }
}
