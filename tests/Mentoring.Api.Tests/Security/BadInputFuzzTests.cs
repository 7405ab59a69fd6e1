using System.Reflection;
using CsCheck;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Testing;
using Microsoft.Data.Sqlite;

namespace Mentoring.Api.Tests.Security;

/// <summary>
/// At least 10,000 random and adversarial requests spread over every RPC of mentoring.v1: none may end in
/// INTERNAL or UNKNOWN (an unhandled server error), the server must survive, and a refused request must leave the
/// stored state exactly as it was (a digest of every grain state row, read from the database file).
/// </summary>
public sealed class BadInputFuzzTests : IAsyncLifetime
{
    private const int Requests = 10_000;
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(20);

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));
    private ServiceProcess _gateway = null!;
    private TenantWorld _world = null!;

    public async Task InitializeAsync()
    {
        var settings = Settings.EmbeddedSqlite(_dataDirectory);
        settings["Mentoring:RateLimits:Enabled"] = "false";
        // An accepted end time in the past makes retention purge the programme at its first check, ten seconds or
        // more later: a write no request waits for, which the digest would blame on whichever refused request came
        // next (seed cWMI4FU5s-K5 failed so). Retention has tests of its own (RetentionTests, RetentionApiTests).
        settings["Mentoring:Retention:Enabled"] = "false";
        _gateway = await ServiceProcess.StartGatewayAsync(settings);
        _world = await TenantWorld.BuildAsync(_gateway, TestCredentials.Tenant, "fuzz", _gateway.TenantKey);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Fact]
    public async Task Random_and_adversarial_requests_never_fail_internally_and_refused_ones_change_nothing()
    {
        var methods = Methods();
        string[] names =
        [
            _world.Programme, _world.Mentee, _world.Mentor, _world.Round, _world.Match, _world.TenantName, _world.ApiKeyName,
            $"{_world.Programme}/participants/nobody", "programmes/no-such", "tenants/someone-else", "fuzz", "bo", "ada", "first",
        ];
        using var tenantChannel = _gateway.CreateChannel();
        using var operatorChannel = _gateway.CreateChannel(TestCredentials.OperatorKey);
        var database = Path.Combine(_dataDirectory, "mentoring.db");
        var digest = await StableDigestAsync(database);
        var calls = new Dictionary<string, int>(StringComparer.Ordinal);
        var outcomes = new Dictionary<StatusCode, int>();

        await Gen.Select(Gen.Int[0, methods.Count - 1], Gen.Int).SampleAsync(async (index, seed) =>
        {
            var method = methods[index];
            var random = new Random(seed);
            var request = new RandomRequests(random, names).Message(method.InputType);
            var channel = method.Service.Name == "ApiKeyService" ? operatorChannel : tenantChannel;
            var status = await CallAsync(channel, method, request, corruptUtf8: random.Next(10) == 0, random);

            calls[method.FullName] = calls.GetValueOrDefault(method.FullName) + 1;
            outcomes[status] = outcomes.GetValueOrDefault(status) + 1;
            // Each failure message is built only on failure: the gateway's output grows with every request.
            if (status is StatusCode.Internal or StatusCode.Unknown or StatusCode.DataLoss or StatusCode.Unimplemented)
            {
                Assert.Fail($"{method.FullName} answered {status} to {Describe(request)}\n{_gateway.OutputTail(3000)}");
            }

            if (status == StatusCode.OK)
            {
                // Reads change nothing; an accepted write may start background work (a round), so wait for it to settle.
                digest = IsRead(method) ? await StorageDigest.OfAsync(database) : await StableDigestAsync(database);
            }
            else
            {
                var after = await StorageDigest.OfAsync(database);
                if (!after.SameAs(digest))
                {
                    Assert.Fail($"{method.FullName} refused with {status} but changed the stored state: {Describe(request)}\n{after.ChangesSince(digest)}");
                }
            }
        }, iter: Requests, threads: 1);

        Console.WriteLine($"Fuzz outcomes: {string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))}");
        Assert.Equal(methods.Count, calls.Count);
        Assert.All(calls, c => Assert.True(c.Value >= Requests / methods.Count / 2, $"{c.Key} got only {c.Value} requests"));
        Assert.True(calls.Values.Sum() >= Requests);
        Assert.Equal(Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving,
            (await new Grpc.Health.V1.Health.HealthClient(tenantChannel).CheckAsync(new())).Status);
    }

    [Fact]
    public async Task Invalid_utf8_in_a_string_field_is_invalid_argument_on_every_method()
    {
        using var tenantChannel = _gateway.CreateChannel();
        using var operatorChannel = _gateway.CreateChannel(TestCredentials.OperatorKey);
        var answers = new List<string>();
        foreach (var method in Methods().Where(m => m.InputType.Fields.InFieldNumberOrder().Any(f => f.FieldType == FieldType.String)))
        {
            var channel = method.Service.Name == "ApiKeyService" ? operatorChannel : tenantChannel;
            var empty = (IMessage)Activator.CreateInstance(method.InputType.ClrType)!;
            answers.Add($"{method.FullName}: {await CallAsync(channel, method, empty, corruptUtf8: true, new Random(1))}");
        }

        Assert.NotEmpty(answers);
        Assert.All(answers, answer => Assert.EndsWith($": {StatusCode.InvalidArgument}", answer));
    }

    // JSON cannot show lone surrogates, which these requests carry on purpose.
    private static string Describe(IMessage request) => Convert.ToBase64String(request.ToByteArray().Take(600).ToArray());

    private static bool IsRead(MethodDescriptor method) =>
        method.Name.StartsWith("Get", StringComparison.Ordinal) || method.Name.StartsWith("List", StringComparison.Ordinal)
        || method.Name.StartsWith("Watch", StringComparison.Ordinal) || method.Name.StartsWith("Recommend", StringComparison.Ordinal);

    private static List<MethodDescriptor> Methods() =>
        typeof(Contracts.V1.Programme).Assembly.GetTypes()
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<FileDescriptor>()
            .Where(f => f.Package == "mentoring.v1")
            .SelectMany(f => f.Services)
            .SelectMany(s => s.Methods)
            .OrderBy(m => m.FullName, StringComparer.Ordinal)
            .ToList();

    /// <summary>Calls any method with raw bytes, so a string field can carry invalid UTF-8 the typed clients cannot send.</summary>
    private static async Task<StatusCode> CallAsync(GrpcChannel channel, MethodDescriptor method, IMessage request, bool corruptUtf8, Random random)
    {
        var type = (method.IsClientStreaming, method.IsServerStreaming) switch
        {
            (false, false) => MethodType.Unary,
            (true, false) => MethodType.ClientStreaming,
            (false, true) => MethodType.ServerStreaming,
            _ => MethodType.DuplexStreaming,
        };
        var raw = new Method<byte[], byte[]>(type, method.Service.FullName, method.Name, Bytes, Bytes);
        var payload = corruptUtf8 ? WithInvalidUtf8(request) : request.ToByteArray();
        var options = new CallOptions(deadline: DateTime.UtcNow + CallTimeout);
        var invoker = channel.CreateCallInvoker();
        try
        {
            switch (type)
            {
                case MethodType.Unary:
                    await invoker.AsyncUnaryCall(raw, null, options, payload);
                    break;
                case MethodType.ServerStreaming:
                    using (var call = invoker.AsyncServerStreamingCall(raw, null, options, payload))
                    {
                        await foreach (var _ in call.ResponseStream.ReadAllAsync())
                        {
                        }
                    }

                    break;
                default:
                    using (var call = invoker.AsyncClientStreamingCall(raw, null, options))
                    {
                        for (var i = random.Next(1, 4); i > 0; i--)
                        {
                            await call.RequestStream.WriteAsync(payload);
                        }

                        await call.RequestStream.CompleteAsync();
                        await call.ResponseAsync;
                    }

                    break;
            }

            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }

    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    /// <summary>The request with one more occurrence of its first string field, holding bytes that are not UTF-8.</summary>
    private static byte[] WithInvalidUtf8(IMessage request)
    {
        var bytes = request.ToByteArray();
        var field = request.Descriptor.Fields.InFieldNumberOrder().FirstOrDefault(f => f.FieldType == FieldType.String);
        if (field is null)
        {
            return bytes;
        }

        using var stream = new MemoryStream();
        stream.Write(bytes);
        var output = new CodedOutputStream(stream, leaveOpen: true);
        output.WriteTag(field.FieldNumber, WireFormat.WireType.LengthDelimited);
        output.WriteBytes(ByteString.CopyFrom(0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80));
        output.Flush();
        return stream.ToArray();
    }

    /// <summary>The digest once background work started by an accepted request (a round, say) has settled.</summary>
    private static async Task<StorageDigest> StableDigestAsync(string database)
    {
        // Settled: no round running (a running round keeps its watchdog reminder until it has finished and told the
        // registry; a round may spend longer than any pause between two of its writes scoring or solving), and the
        // same digest twice in a row, 75 ms apart.
        StorageDigest? previous = null;
        var settled = await Eventually.WaitAsync(
            async () =>
            {
                var current = await StorageDigest.OfAsync(database);
                var same = previous is not null && current.SameAs(previous) && await RunningRoundsAsync(database) == 0;
                previous = current;
                return (Same: same, Digest: current);
            },
            digest => digest.Same,
            TimeSpan.FromSeconds(60),
            "the stored state to stop changing after an accepted request",
            TimeSpan.FromMilliseconds(75));
        return settled.Digest;
    }

    private static async Task<long> RunningRoundsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM OrleansRemindersTable WHERE ReminderName = 'round-watchdog'";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
