using System.Net;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests;

/// <summary>
/// ListParticipants with a query: the server keeps the participants whose display name or id contains the text,
/// ignoring case, in id order and paged by token, over gRPC and REST alike, on SQLite and on PostgreSQL.
/// </summary>
public abstract class ParticipantSearchTests(ServiceProcess gateway)
{
    private static readonly JsonParser StatusParser = new(JsonParser.Settings.Default.WithTypeRegistry(TypeRegistry.FromFiles(ErrorDetailsReflection.Descriptor)));

    [Fact]
    public async Task A_query_finds_names_and_ids_ignoring_case_across_pages_in_id_order()
    {
        using var grpc = Clients.For(gateway);
        var (programme, written) = await SampleData.WriteAsync(grpc, "search-pages", participants: 30);

        var byName = await SearchAllAsync(grpc, programme.Name, "mENTOR 2", pageSize: 2);
        var byId = await SearchAllAsync(grpc, programme.Name, "PERSON-01", pageSize: 4);

        Assert.Equal([["Mentor 21", "Mentor 24"], ["Mentor 27"]], byName.Select(page => page.Select(p => p.DisplayName)));
        Assert.Equal([4, 4, 2], byId.Select(page => page.Count));
        Assert.Equal(
            written.Where(p => p.Name.Contains("/person-01", StringComparison.Ordinal)).Select(p => p.Name),
            byId.SelectMany(page => page).Select(p => p.Name));
        Assert.Equal(written.Single(p => p.DisplayName == "Mentor 24"), byName[0][1]);
    }

    [Fact]
    public async Task A_query_and_a_role_filter_together_keep_only_participants_that_pass_both()
    {
        using var grpc = Clients.For(gateway);
        var (programme, _) = await SampleData.WriteAsync(grpc, "search-role", participants: 12);

        var mentees = await SearchAllAsync(grpc, programme.Name, "1", pageSize: 100, ParticipantRole.Mentee);

        // Ids person-001, 010, 011 and names "Mentee 1", "Mentee 10", "Mentee 11"; person-000 is a mentor.
        Assert.Equal(["Mentee 1", "Mentee 10", "Mentee 11"], mentees.Single().Select(p => p.DisplayName));
    }

    [Fact]
    public async Task A_query_over_rest_pages_exactly_as_over_grpc()
    {
        using var grpc = Clients.For(gateway);
        using var rest = RestClient.For(gateway);
        var (programme, _) = await SampleData.WriteAsync(grpc, "search-rest", participants: 15);

        var overRest = new List<ListParticipantsResponse>();
        var token = "";
        do
        {
            var page = await rest.CallAsync<ListParticipantsResponse>(
                HttpMethod.Get, $"/v1/programmes/search-rest/participants?query=mentee&pageSize=3&pageToken={Uri.EscapeDataString(token)}");
            overRest.Add(page);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        var overGrpc = new List<ListParticipantsResponse>();
        token = "";
        do
        {
            var page = await grpc.Participants.ListParticipantsAsync(new ListParticipantsRequest { Parent = programme.Name, Query = "mentee", PageSize = 3, PageToken = token });
            overGrpc.Add(page);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal([3, 3, 3, 1], overRest.Select(p => p.Participants.Count));
        Assert.Equal(overGrpc, overRest);
    }

    [Fact]
    public async Task A_query_too_long_or_a_token_of_another_query_is_refused_with_a_field_violation()
    {
        using var grpc = Clients.For(gateway);
        using var rest = RestClient.For(gateway);
        var (programme, _) = await SampleData.WriteAsync(grpc, "search-invalid", participants: 6);
        var tooLong = new string('a', 101);

        var overGrpc = await RpcAssert.RejectsFieldAsync("query", () =>
            grpc.Participants.ListParticipantsAsync(new ListParticipantsRequest { Parent = programme.Name, Query = tooLong }).ResponseAsync);
        using var response = await rest.GetAsync($"/v1/programmes/search-invalid/participants?query={tooLong}");
        var status = StatusParser.Parse<Google.Rpc.Status>(await response.Content.ReadAsStringAsync());
        var first = await grpc.Participants.ListParticipantsAsync(new ListParticipantsRequest { Parent = programme.Name, Query = "mentee", PageSize = 1 });
        await RpcAssert.RejectsFieldAsync("page_token", () => grpc.Participants.ListParticipantsAsync(
            new ListParticipantsRequest { Parent = programme.Name, Query = "mentor", PageSize = 1, PageToken = first.NextPageToken }).ResponseAsync);
        await RpcAssert.RejectsFieldAsync("query", () =>
            grpc.Participants.ListParticipantsAsync(new ListParticipantsRequest { Parent = programme.Name, Query = " mentee" }).ResponseAsync);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(overGrpc, Assert.Single(status.Details).Unpack<BadRequest>());
        Assert.NotEmpty(first.NextPageToken);
    }

    private static async Task<List<List<Participant>>> SearchAllAsync(
        Clients grpc, string parent, string query, int pageSize, ParticipantRole role = ParticipantRole.Unspecified)
    {
        var pages = new List<List<Participant>>();
        var token = "";
        do
        {
            var page = await grpc.Participants.ListParticipantsAsync(
                new ListParticipantsRequest { Parent = parent, Query = query, PageSize = pageSize, PageToken = token, Role = role });
            pages.Add([.. page.Participants]);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return pages;
    }
}

/// <summary>The search on the embedded default's SQLite.</summary>
public sealed class SqliteParticipantSearchTests(EmbeddedGatewayFixture fixture)
    : ParticipantSearchTests(fixture.Gateway), IClassFixture<EmbeddedGatewayFixture>;

/// <summary>The search on PostgreSQL.</summary>
public sealed class PostgresParticipantSearchTests(PostgresGatewayFixture fixture)
    : ParticipantSearchTests(fixture.Gateway), IClassFixture<PostgresGatewayFixture>;
