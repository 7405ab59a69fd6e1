using System.Net;
using System.Text.Json;
using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Testing;

namespace Mentoring.Api.Tests;

/// <summary>
/// REST beside gRPC: the transcoded methods answer JSON over HTTP/1.1 on the web address, with the same results,
/// authentication and errors as the gRPC calls, on a real gateway and PostgreSQL.
/// </summary>
public sealed class RestApiTests(PostgresGatewayFixture fixture) : IClassFixture<PostgresGatewayFixture>
{
    private static readonly ServiceDescriptor[] Services =
    [
        ProgrammeService.Descriptor, ParticipantService.Descriptor, RoundService.Descriptor, MatchService.Descriptor,
        RecommendationService.Descriptor, ApiKeyService.Descriptor, AuditService.Descriptor, DataProtectionService.Descriptor, EventService.Descriptor,
        WebhookService.Descriptor, DevMailboxService.Descriptor, FeedbackService.Descriptor,
    ];

    private static readonly JsonParser StatusParser = new(JsonParser.Settings.Default.WithTypeRegistry(TypeRegistry.FromFiles(ErrorDetailsReflection.Descriptor)));

    private ServiceProcess Gateway => fixture.Gateway;

    [Fact]
    public async Task A_programme_created_over_rest_is_the_one_grpc_and_rest_read_back()
    {
        using var rest = RestClient.For(Gateway);
        using var grpc = Clients.For(Gateway);

        var created = await rest.CallAsync<Programme>(HttpMethod.Post, "/v1/programmes?programmeId=rest-create", Builders.Programme("Made over REST"));
        var readOverGrpc = await grpc.Programmes.GetProgrammeAsync(new GetProgrammeRequest { Name = "programmes/rest-create" });
        var readOverRest = await rest.CallAsync<Programme>(HttpMethod.Get, "/v1/programmes/rest-create");

        Assert.Equal("programmes/rest-create", created.Name);
        Assert.Equal("Made over REST", created.DisplayName);
        Assert.Equal(readOverGrpc, created);
        Assert.Equal(readOverGrpc, readOverRest);
    }

    [Fact]
    public async Task A_participant_created_over_rest_is_the_one_grpc_reads_back()
    {
        using var rest = RestClient.For(Gateway);
        using var grpc = Clients.For(Gateway);
        await grpc.CreateProgrammeAsync("rest-participant");

        var created = await rest.CallAsync<Participant>(
            HttpMethod.Post, "/v1/programmes/rest-participant/participants?participantId=ada", Builders.Mentor());
        var readOverGrpc = await grpc.Participants.GetParticipantAsync(new GetParticipantRequest { Name = created.Name });

        Assert.Equal("programmes/rest-participant/participants/ada", created.Name);
        Assert.Equal(readOverGrpc, created);
        Assert.Equal(readOverGrpc, await rest.CallAsync<Participant>(HttpMethod.Get, "/v1/programmes/rest-participant/participants/ada"));
    }

    [Fact]
    public async Task Listing_over_rest_pages_with_page_size_and_token_exactly_as_grpc()
    {
        using var rest = RestClient.For(Gateway);
        using var grpc = Clients.For(Gateway);
        await SampleData.WriteAsync(grpc, "rest-list", participants: 5);

        var overRest = new List<ListParticipantsResponse>();
        var token = "";
        do
        {
            var page = await rest.CallAsync<ListParticipantsResponse>(
                HttpMethod.Get, $"/v1/programmes/rest-list/participants?pageSize=2&pageToken={Uri.EscapeDataString(token)}");
            overRest.Add(page);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        var overGrpc = new List<ListParticipantsResponse>();
        token = "";
        do
        {
            var page = await grpc.Participants.ListParticipantsAsync(new ListParticipantsRequest { Parent = "programmes/rest-list", PageSize = 2, PageToken = token });
            overGrpc.Add(page);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal([2, 2, 1], overRest.Select(p => p.Participants.Count));
        Assert.Equal(overGrpc, overRest);
    }

    [Fact]
    public async Task An_update_over_rest_changes_only_the_fields_in_the_mask()
    {
        using var rest = RestClient.For(Gateway);
        using var grpc = Clients.For(Gateway);
        var before = await grpc.CreateProgrammeAsync("rest-update");
        var change = new Programme { DisplayName = "Renamed over REST", Description = "not in the mask, so kept" };

        var updated = await rest.CallAsync<Programme>(HttpMethod.Patch, "/v1/programmes/rest-update?updateMask=display_name", change);

        Assert.Equal("Renamed over REST", updated.DisplayName);
        Assert.Equal(before.Description, updated.Description);
        Assert.Equal(before.Taxonomy, updated.Taxonomy);
        Assert.NotEqual(before.Etag, updated.Etag);
        Assert.Equal(await grpc.Programmes.GetProgrammeAsync(new GetProgrammeRequest { Name = before.Name }), updated);
    }

    [Fact]
    public async Task Bad_input_over_rest_is_400_with_the_same_field_violation_as_grpc_in_google_rpc_status_json()
    {
        using var rest = RestClient.For(Gateway);
        using var grpc = Clients.For(Gateway);
        await grpc.CreateProgrammeAsync("rest-invalid");
        var outsideTaxonomy = Builders.Mentor();
        outsideTaxonomy.SkillsOffered[0].Term = "cobol";
        const string Field = "participant.skills_offered[0].term";

        using var response = await rest.SendAsync(HttpMethod.Post, "/v1/programmes/rest-invalid/participants?participantId=ada", outsideTaxonomy);
        var status = StatusParser.Parse<Google.Rpc.Status>(await response.Content.ReadAsStringAsync());
        var overGrpc = await RpcAssert.RejectsFieldAsync(Field, () => grpc.Participants.CreateParticipantAsync(new CreateParticipantRequest
        {
            Parent = "programmes/rest-invalid", ParticipantId = "ada", Participant = outsideTaxonomy,
        }).ResponseAsync);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((int)Code.InvalidArgument, status.Code);
        var overRest = Assert.Single(status.Details).Unpack<BadRequest>();
        Assert.Contains(overRest.FieldViolations, v => v.Field == Field);
        Assert.Equal(overGrpc, overRest);
    }

    [Fact]
    public async Task A_rest_call_without_a_key_is_401_with_google_rpc_status_json()
    {
        using var anonymous = new RestClient(Gateway, apiKey: null);

        using var response = await anonymous.GetAsync("/v1/programmes");
        var status = StatusParser.Parse<Google.Rpc.Status>(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal((int)Code.Unauthenticated, status.Code);
    }

    [Fact]
    public async Task A_rest_call_with_another_tenants_key_cannot_see_the_programme()
    {
        using var grpc = Clients.For(Gateway);
        await grpc.CreateProgrammeAsync("rest-isolated");
        var otherKey = await TestCredentials.CreateKeyAsync(Gateway.Address, "other-tenant", TestCredentials.TenantScopes);
        using var other = new RestClient(Gateway, otherKey);

        using var response = await other.GetAsync("/v1/programmes/rest-isolated");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_rest_burst_beyond_the_rate_limit_is_429_with_retry_info_in_google_rpc_status_json()
    {
        var data = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));
        var settings = Settings.EmbeddedSqlite(data);
        settings["Mentoring:RateLimits:Default:TokenLimit"] = "2";
        settings["Mentoring:RateLimits:Default:TokensPerPeriod"] = "2";
        settings["Mentoring:RateLimits:Default:ReplenishmentPeriod"] = "00:10:00";
        try
        {
            await using var limited = await ServiceProcess.StartGatewayAsync(settings);
            using var rest = RestClient.For(limited);

            using var first = await rest.GetAsync("/v1/programmes");
            using var second = await rest.GetAsync("/v1/programmes");
            using var refused = await rest.GetAsync("/v1/programmes");
            var status = StatusParser.Parse<Google.Rpc.Status>(await refused.Content.ReadAsStringAsync());

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], [first.StatusCode, second.StatusCode]);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal((int)Code.ResourceExhausted, status.Code);
            Assert.True(Assert.Single(status.Details).Unpack<RetryInfo>().RetryDelay.ToTimeSpan() > TimeSpan.Zero);
            Assert.NotNull(refused.Headers.RetryAfter);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task The_web_address_serves_no_health_probes_and_gRPC_keeps_its_own_address()
    {
        using var web = new RestClient(Gateway, apiKey: null);

        using var probe = await web.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.NotFound, probe.StatusCode);
        Assert.NotEqual(new Uri(Gateway.WebAddress).Port, Gateway.GrpcPort);
    }

    [Fact]
    public void Every_rpc_but_the_client_streaming_ones_has_an_http_rule()
    {
        var methods = Services.SelectMany(s => s.Methods).ToList();

        Assert.All(methods.Where(m => !m.IsClientStreaming), m => Assert.NotNull(HttpRuleOf(m)));
        Assert.All(methods.Where(m => m.IsClientStreaming), m => Assert.Null(HttpRuleOf(m)));
        Assert.Contains(methods, m => m.IsClientStreaming);
    }

    [Fact]
    public async Task The_openapi_document_parses_and_lists_one_operation_per_transcoded_rpc()
    {
        using var rest = new RestClient(Gateway, apiKey: null);

        using var response = await rest.GetAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        var operations = paths.EnumerateObject().SelectMany(path => path.Value.EnumerateObject()).Count();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Services.SelectMany(s => s.Methods).Count(m => HttpRuleOf(m) is not null), operations);
        Assert.True(paths.TryGetProperty("/v1/programmes", out _));
        Assert.True(paths.TryGetProperty("/v1/programmes/{programme}/participants/{participant}", out var participant));
        Assert.Equal(["delete", "get", "patch"], participant.EnumerateObject().Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.True(paths.TryGetProperty("/v1/programmes/{programme}/rounds/{round}:cancel", out _));
    }

    [Fact]
    public async Task The_round_report_answers_over_http_1_1_on_the_web_address()
    {
        using var rest = RestClient.For(Gateway);
        using var grpc = Clients.For(Gateway);
        await grpc.CreateProgrammeAsync("rest-report");
        await grpc.Participants.CreateParticipantAsync(new CreateParticipantRequest { Parent = "programmes/rest-report", ParticipantId = "ada", Participant = Builders.Mentor("Ada Lovelace") });
        await grpc.Participants.CreateParticipantAsync(new CreateParticipantRequest { Parent = "programmes/rest-report", ParticipantId = "bo", Participant = Builders.Mentee("Bo Jensen") });
        var far = Builders.Mentee("Cy Tanaka");
        far.Languages.Clear();
        far.Languages.Add("ja");
        await grpc.Participants.CreateParticipantAsync(new CreateParticipantRequest { Parent = "programmes/rest-report", ParticipantId = "cy", Participant = far });

        var started = await rest.CallAsync<Round>(HttpMethod.Post, "/v1/programmes/rest-report/rounds:start", new StartRoundRequest { RequestId = "report-1" });
        var done = await Eventually.WaitAsync(
            () => rest.CallAsync<Round>(HttpMethod.Get, $"/v1/{started.Name}"),
            round => RoundCalls.IsFinal(round.State),
            RoundCalls.RoundTimeout,
            "the round to finish");
        using var report = await rest.GetAsync($"/v1/{started.Name}/report.html");

        Assert.Equal(RoundState.Done, done.State);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal(HttpVersion.Version11, report.Version);
        Assert.Equal("text/html", report.Content.Headers.ContentType?.MediaType);
        var html = await report.Content.ReadAsStringAsync();
        Assert.Contains(started.Name, html, StringComparison.Ordinal);
        Assert.Contains("Bo Jensen <span class=\"id\">bo</span>", html, StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace <span class=\"id\">ada</span>", html, StringComparison.Ordinal);
        Assert.Contains("Cy Tanaka <span class=\"id\">cy</span></td><td>no feasible mentor: no shared language</td>", html, StringComparison.Ordinal);
        Assert.Contains("How to read a score", html, StringComparison.Ordinal);
    }

    private static HttpRule? HttpRuleOf(MethodDescriptor method) =>
        method.GetOptions()?.HasExtension(AnnotationsExtensions.Http) == true ? method.GetOptions().GetExtension(AnnotationsExtensions.Http) : null;
}
