using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests;

/// <summary>RoundService rejects malformed requests with the offending field named, and unknown resources with NOT_FOUND.</summary>
public sealed class RoundValidationTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>, IAsyncLifetime
{
    private readonly Clients _clients = Clients.For(fixture.Gateway);
    private readonly Grpc.Net.Client.GrpcChannel _channel = fixture.Gateway.CreateChannel();
    private readonly string _programmeId = "round-validation-" + Guid.NewGuid().ToString("N")[..8];

    private RoundService.RoundServiceClient Rounds => new(_channel);

    private string Parent => $"programmes/{_programmeId}";

    public async Task InitializeAsync() => await _clients.CreateProgrammeAsync(_programmeId);

    public Task DisposeAsync()
    {
        _clients.Dispose();
        _channel.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_missing_request_id_is_rejected()
    {
        var badRequest = await RpcAssert.RejectsFieldAsync("request_id", () => StartAsync(Parent, ""));
        Assert.Single(badRequest.FieldViolations);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("slash/inside")]
    [InlineData("ünïcode")]
    public async Task A_request_id_with_characters_outside_the_allowed_set_is_rejected(string requestId)
    {
        await RpcAssert.RejectsFieldAsync("request_id", () => StartAsync(Parent, requestId));
    }

    [Fact]
    public async Task A_request_id_longer_than_64_characters_is_rejected()
    {
        await RpcAssert.RejectsFieldAsync("request_id", () => StartAsync(Parent, new string('r', 65)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("programmes")]
    [InlineData("programmes/")]
    [InlineData("projects/acme")]
    [InlineData("programmes/acme/rounds")]
    [InlineData("programmes/bad id")]
    public async Task A_malformed_parent_is_rejected(string parent)
    {
        await RpcAssert.RejectsFieldAsync("parent", () => StartAsync(parent, "req-1"));
    }

    [Fact]
    public async Task An_unknown_scope_is_rejected()
    {
        await RpcAssert.RejectsFieldAsync("scope", async () =>
            await Rounds.StartRoundAsync(new StartRoundRequest { Parent = Parent, RequestId = "req-1", Scope = (RoundScope)42 }));
    }

    [Fact]
    public async Task An_unknown_solver_is_rejected()
    {
        await RpcAssert.RejectsFieldAsync("solver", async () =>
            await Rounds.StartRoundAsync(new StartRoundRequest { Parent = Parent, RequestId = "req-1", Solver = (SolverMode)42 }));
    }

    [Fact]
    public async Task Every_invalid_field_of_a_start_request_is_reported_at_once()
    {
        var badRequest = await RpcAssert.RejectsFieldAsync("request_id", async () =>
            await Rounds.StartRoundAsync(new StartRoundRequest { Parent = Parent, RequestId = "", Scope = (RoundScope)42, Solver = (SolverMode)42 }));
        Assert.Equal(new[] { "request_id", "scope", "solver" }, badRequest.FieldViolations.Select(v => v.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Starting_a_round_in_an_unknown_programme_is_not_found()
    {
        await RpcAssert.FailsWithAsync(StatusCode.NotFound, () => StartAsync("programmes/no-such-programme", "req-1"));
    }

    [Fact]
    public async Task Getting_an_unknown_round_is_not_found()
    {
        await RpcAssert.FailsWithAsync(StatusCode.NotFound, async () =>
            await Rounds.GetRoundAsync(new GetRoundRequest { Name = $"{Parent}/rounds/no-such-round" }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("programmes/acme")]
    [InlineData("programmes/acme/participants/ada")]
    [InlineData("programmes/acme/rounds/")]
    [InlineData("programmes/acme/rounds/r1/extra")]
    public async Task A_malformed_round_name_is_rejected(string name)
    {
        await RpcAssert.RejectsFieldAsync("name", async () => await Rounds.GetRoundAsync(new GetRoundRequest { Name = name }));
    }

    [Fact]
    public async Task Watching_an_unknown_round_is_not_found()
    {
        await RpcAssert.FailsWithAsync(StatusCode.NotFound, () => RoundCalls.WatchToEndAsync(Rounds, $"{Parent}/rounds/no-such-round"));
    }

    [Fact]
    public async Task Cancelling_an_unknown_round_is_not_found()
    {
        await RpcAssert.FailsWithAsync(StatusCode.NotFound, async () =>
            await Rounds.CancelRoundAsync(new CancelRoundRequest { Name = $"{Parent}/rounds/no-such-round" }));
    }

    [Fact]
    public async Task Listing_rounds_of_an_unknown_programme_is_not_found()
    {
        await RpcAssert.FailsWithAsync(StatusCode.NotFound, async () =>
            await Rounds.ListRoundsAsync(new ListRoundsRequest { Parent = "programmes/no-such-programme" }));
    }

    [Fact]
    public async Task A_programme_without_rounds_lists_none()
    {
        var page = await Rounds.ListRoundsAsync(new ListRoundsRequest { Parent = Parent });
        Assert.Empty(page.Rounds);
        Assert.Equal("", page.NextPageToken);
    }

    [Fact]
    public async Task A_negative_page_size_is_rejected()
    {
        await RpcAssert.RejectsFieldAsync("page_size", async () =>
            await Rounds.ListRoundsAsync(new ListRoundsRequest { Parent = Parent, PageSize = -1 }));
    }

    [Fact]
    public async Task A_page_token_the_service_did_not_issue_is_rejected()
    {
        await RpcAssert.RejectsFieldAsync("page_token", async () =>
            await Rounds.ListRoundsAsync(new ListRoundsRequest { Parent = Parent, PageToken = "not-a-token" }));
        await RpcAssert.RejectsFieldAsync("page_token", async () =>
            await Rounds.ListRoundMatchesAsync(new ListRoundMatchesRequest { Parent = $"{Parent}/rounds/r1", PageToken = "not-a-token" }));
    }

    [Fact]
    public async Task Listing_matches_of_an_unknown_round_is_not_found()
    {
        await RpcAssert.FailsWithAsync(StatusCode.NotFound, async () =>
            await Rounds.ListRoundMatchesAsync(new ListRoundMatchesRequest { Parent = $"{Parent}/rounds/no-such-round" }));
        await RpcAssert.FailsWithAsync(StatusCode.NotFound, async () =>
            await Rounds.ListUnmatchedMenteesAsync(new ListUnmatchedMenteesRequest { Parent = $"{Parent}/rounds/no-such-round" }));
    }

    private async Task StartAsync(string parent, string requestId) =>
        await Rounds.StartRoundAsync(new StartRoundRequest { Parent = parent, RequestId = requestId });
}
