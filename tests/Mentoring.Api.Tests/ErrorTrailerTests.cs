using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests;

/// <summary>
/// However many violations a request has, its error status fits the metadata limit of a standard gRPC client
/// (8 KiB), so the client reads INVALID_ARGUMENT and its BadRequest instead of RESOURCE_EXHAUSTED.
/// </summary>
public sealed class ErrorTrailerTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>
{
    private const int StandardMetadataLimit = 8 * 1024;

    [Theory]
    [InlineData(1000, 16)]
    [InlineData(60, 5000)]
    public async Task An_update_mask_of_many_unknown_paths_is_refused_in_a_status_a_standard_client_reads(int count, int pathLength)
    {
        using var clients = Clients.For(fixture.Gateway);
        var programme = await clients.CreateProgrammeAsync($"trailers-{count}");
        var mentor = await clients.Participants.CreateParticipantAsync(new() { Parent = programme.Name, ParticipantId = "ada", Participant = Builders.Mentor() });
        var mask = new FieldMask();
        mask.Paths.AddRange(Enumerable.Range(0, count).Select(i => $"no_such_field_{i}_".PadRight(pathLength, 'x')));
        using var handler = new SocketsHttpHandler { MaxResponseHeadersLength = StandardMetadataLimit / 1024 };
        using var channel = fixture.Gateway.CreateChannelThrough(handler);

        var refused = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, () => new ParticipantService.ParticipantServiceClient(channel)
            .UpdateParticipantAsync(new() { Participant = mentor, UpdateMask = mask }).ResponseAsync);

        Assert.Equal($"{count} fields are invalid; see the BadRequest details.", refused.Status.Detail);
        Assert.True(MetadataBytes(refused.Trailers) < StandardMetadataLimit, $"{MetadataBytes(refused.Trailers)} bytes of trailers");
        var violations = refused.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations;
        Assert.InRange(violations.Count, 10, 101);
        Assert.Equal("update_mask.paths[0]", violations[0].Field);
        Assert.StartsWith("'no_such_field_0_", violations[0].Description, StringComparison.Ordinal);
        Assert.All(violations, v => Assert.InRange(v.Description.Length, 1, 200));
        var notListed = violations[^1];
        Assert.Equal($"update_mask.paths[{violations.Count - 1}]", notListed.Field);
        Assert.Equal($"{count - violations.Count + 1} violations from here on are not listed ({count} in all)", notListed.Description);
    }

    // As HTTP/2 counts a header list: name and value (binary values in base64) plus 32 bytes each.
    private static int MetadataBytes(Metadata trailers) =>
        trailers.Sum(e => e.Key.Length + 32 + (e.IsBinary ? (e.ValueBytes.Length + 2) / 3 * 4 : e.Value.Length));
}
