using Google.Rpc;
using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Testing;

namespace Mentoring.Api.Tests.Security;

/// <summary>Bootstrap, disabled auth, rate limits, the deadline ceiling and what never reaches the logs; each on its own gateway.</summary>
public sealed class GatewaySecurityTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_embedded_default_writes_an_operator_key_to_the_data_folder_that_survives_a_restart()
    {
        var settings = Settings.EmbeddedSqlite(_dataDirectory);
        settings["Mentoring:Auth:OperatorKeyFile"] = "";
        var file = Path.Combine(_dataDirectory, "operator.key");
        string tenantKey;
        await using (var first = await ServiceProcess.StartGatewayWithoutKeyAsync(settings))
        {
            Assert.True(File.Exists(file));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }

            Assert.DoesNotContain(File.ReadAllText(file).Trim(), first.Output, StringComparison.Ordinal);
            tenantKey = await CreateKeyWithAsync(first, File.ReadAllText(file).Trim());
        }

        await using var second = await ServiceProcess.StartGatewayWithoutKeyAsync(settings);
        using var channel = second.CreateChannel(tenantKey);
        var created = await new ProgrammeService.ProgrammeServiceClient(channel).CreateProgrammeAsync(new() { ProgrammeId = "after-restart", Programme = Builders.Programme() });
        var keys = await new ApiKeyService.ApiKeyServiceClient(second.CreateChannel(File.ReadAllText(file).Trim())).ListApiKeysAsync(new() { Parent = "tenants/bootstrapped" });

        Assert.Equal("programmes/after-restart", created.Name);
        Assert.Single(keys.ApiKeys);
        Assert.Equal(TestCredentials.KeyName("bootstrapped", tenantKey), keys.ApiKeys[0].Name);
    }

    [Fact]
    public async Task With_auth_disabled_calls_need_no_credential_and_every_start_logs_a_warning()
    {
        var settings = Settings.EmbeddedSqlite(_dataDirectory);
        settings["Mentoring:Auth:Enabled"] = "false";
        await using var gateway = await ServiceProcess.StartGatewayAsync(settings);
        using var channel = gateway.CreateChannel(null);

        var created = await new ProgrammeService.ProgrammeServiceClient(channel).CreateProgrammeAsync(new() { ProgrammeId = "open", Programme = Builders.Programme() });

        Assert.Equal("programmes/open", created.Name);
        Assert.Contains("Authentication is DISABLED", gateway.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_burst_beyond_the_limit_is_resource_exhausted_with_retry_info_and_service_resumes_after_the_window()
    {
        var settings = Settings.EmbeddedSqlite(_dataDirectory);
        settings["Mentoring:RateLimits:Default:TokenLimit"] = "5";
        settings["Mentoring:RateLimits:Default:TokensPerPeriod"] = "5";
        settings["Mentoring:RateLimits:Default:ReplenishmentPeriod"] = "00:00:03";
        settings["Mentoring:RateLimits:Import:TokenLimit"] = "1";
        settings["Mentoring:RateLimits:Import:TokensPerPeriod"] = "1";
        settings["Mentoring:RateLimits:Import:ReplenishmentPeriod"] = "00:10:00";
        await using var gateway = await ServiceProcess.StartGatewayAsync(settings);
        using var clients = Clients.For(gateway);
        var list = new ListProgrammesRequest();

        var statuses = new List<StatusCode>();
        RpcException? refused = null;
        for (var i = 0; i < 12; i++)
        {
            try
            {
                await clients.Programmes.ListProgrammesAsync(list);
                statuses.Add(StatusCode.OK);
            }
            catch (RpcException e)
            {
                statuses.Add(e.StatusCode);
                refused ??= e;
            }
        }

        Assert.Contains(StatusCode.OK, statuses);
        Assert.All(statuses, s => Assert.True(s is StatusCode.OK or StatusCode.ResourceExhausted, $"unexpected {s}"));
        Assert.NotNull(refused);
        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        var retry = refused.GetRpcStatus()?.GetDetail<RetryInfo>();
        Assert.NotNull(retry);
        Assert.InRange(retry.RetryDelay.ToTimeSpan(), TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(3));

        // Retried after the delay the refusal asked for.
        await Eventually.UntilAsync(
            async () =>
            {
                try
                {
                    await clients.Programmes.ListProgrammesAsync(list);
                    return true;
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.ResourceExhausted)
                {
                    return false;
                }
            },
            TimeSpan.FromSeconds(30),
            "the rate limit to admit a call again",
            retry.RetryDelay.ToTimeSpan());
    }

    [Fact]
    public async Task Imports_draw_on_their_own_lower_limit()
    {
        var settings = Settings.EmbeddedSqlite(_dataDirectory);
        settings["Mentoring:RateLimits:Import:TokenLimit"] = "1";
        settings["Mentoring:RateLimits:Import:TokensPerPeriod"] = "1";
        settings["Mentoring:RateLimits:Import:ReplenishmentPeriod"] = "00:10:00";
        await using var gateway = await ServiceProcess.StartGatewayAsync(settings);
        using var clients = Clients.For(gateway);
        var programme = await clients.CreateProgrammeAsync("limited");

        await ImportOneAsync(clients, programme.Name, "first");
        var second = await Assert.ThrowsAsync<RpcException>(() => ImportOneAsync(clients, programme.Name, "second"));
        var stillServed = await clients.Programmes.GetProgrammeAsync(new() { Name = programme.Name });

        Assert.Equal(StatusCode.ResourceExhausted, second.StatusCode);
        Assert.Equal(programme.Name, stillServed.Name);
    }

    [Fact]
    public async Task A_long_call_without_a_deadline_ends_at_the_servers_ceiling()
    {
        var settings = Settings.EmbeddedSqlite(_dataDirectory);
        settings["Mentoring:Api:LongCallCeiling"] = "00:00:01";
        await using var gateway = await ServiceProcess.StartGatewayAsync(settings);
        using var clients = Clients.For(gateway);
        var programme = await clients.CreateProgrammeAsync("ceiling");
        using var call = clients.Participants.ImportParticipants();
        await call.RequestStream.WriteAsync(new ImportParticipantsRequest { Parent = programme.Name, ParticipantId = "early", Participant = Builders.Mentee() });

        // The stream stays open and the client set no deadline: the server's ceiling must end it.
        var exception = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseAsync.WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Equal(StatusCode.DeadlineExceeded, exception.StatusCode);
    }

    [Fact]
    public async Task Keys_tokens_and_profile_contents_never_reach_the_logs()
    {
        const string Marker = "Zqxj-profile-secret";
        var settings = Settings.EmbeddedSqlite(_dataDirectory);
        settings["Logging:LogLevel:Default"] = "Trace";
        settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
        settings["Logging:LogLevel:Grpc"] = "Trace";
        settings["Logging:LogLevel:Orleans"] = "Information";
        foreach (var (key, value) in TestTokens.Settings())
        {
            settings[key] = value;
        }

        await using var gateway = await ServiceProcess.StartGatewayAsync(settings);
        var token = TestTokens.Sign(TestCredentials.Tenant, "participants.read participants.write tenant.admin", DateTimeOffset.UtcNow.AddMinutes(5));
        var forged = TestTokens.Sign(TestCredentials.Tenant, "participants.read", DateTimeOffset.UtcNow.AddMinutes(5), key: Convert.ToBase64String(new byte[32]));
        var badKey = gateway.TenantKey[..^4] + "AAAA";
        using (var clients = Clients.For(gateway))
        {
            var programme = await clients.CreateProgrammeAsync("private", Builders.Programme(Marker + " programme"));
            var mentee = Builders.Mentee(Marker + " name");
            mentee.Organisation = Marker + "-org";
            await clients.Participants.CreateParticipantAsync(new() { Parent = programme.Name, ParticipantId = "p1", Participant = mentee });
            var rejected = Builders.Mentee(Marker + " rejected");
            rejected.Languages.Add(Marker + "-language-that-is-far-too-long-to-be-accepted-by-any-validation-rule");
            await Assert.ThrowsAsync<RpcException>(() => clients.Participants.CreateParticipantAsync(new() { Parent = programme.Name, ParticipantId = "p2", Participant = rejected }).ResponseAsync);
        }

        using (var bearer = TestCredentials.Channel(gateway.Address, null, token))
        {
            await new ParticipantService.ParticipantServiceClient(bearer).GetParticipantAsync(new() { Name = "programmes/private/participants/p1" });
        }

        foreach (var credential in new[] { badKey, "mk.kabc.not-a-key" })
        {
            using var bad = gateway.CreateChannel(credential);
            await Assert.ThrowsAsync<RpcException>(() => new ProgrammeService.ProgrammeServiceClient(bad).ListProgrammesAsync(new()).ResponseAsync);
        }

        using (var forgedChannel = TestCredentials.Channel(gateway.Address, null, forged))
        {
            await Assert.ThrowsAsync<RpcException>(() => new ProgrammeService.ProgrammeServiceClient(forgedChannel).ListProgrammesAsync(new()).ResponseAsync);
        }

        await gateway.StopAsync();
        var output = gateway.Output;
        Assert.Contains("Operator key:", output, StringComparison.Ordinal);
        foreach (var secret in new[] { gateway.TenantKey.Split('.')[2], TestCredentials.OperatorKey.Split('.')[2], badKey.Split('.')[2], token.Split('.')[2], forged.Split('.')[2], token.Split('.')[1], Marker })
        {
            Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
        }
    }

    private static async Task<string> CreateKeyWithAsync(ServiceProcess gateway, string operatorKey)
    {
        using var channel = gateway.CreateChannel(operatorKey);
        var created = await new ApiKeyService.ApiKeyServiceClient(channel).CreateApiKeyAsync(new CreateApiKeyRequest
        {
            Parent = "tenants/bootstrapped",
            ApiKey = new ApiKey { Scopes = { TestCredentials.TenantScopes } },
        });
        return created.Secret;
    }

    private static async Task ImportOneAsync(Clients clients, string parent, string id)
    {
        using var call = clients.Participants.ImportParticipants();
        await call.RequestStream.WriteAsync(new ImportParticipantsRequest { Parent = parent, ParticipantId = id, Participant = Builders.Mentee() });
        await call.RequestStream.CompleteAsync();
        await call;
    }
}
