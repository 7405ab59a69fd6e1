using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests.Security;

/// <summary>A row for every RPC of mentoring.v1. <see cref="IsolationTests"/> fails when an RPC has none.</summary>
public static class RpcTable
{
    public static readonly IReadOnlyList<RpcRow> Rows =
    [
        new("mentoring.v1.ProgrammeService/CreateProgramme", "tenant.admin",
            (api, w) => api.Programmes.CreateProgrammeAsync(new CreateProgrammeRequest { ProgrammeId = w.Programme.Split('/')[1], Programme = Builders.Programme("Taken?") }).ResponseAsync,
            StatusCode.AlreadyExists),
        new("mentoring.v1.ProgrammeService/GetProgramme", "participants.read",
            (api, w) => api.Programmes.GetProgrammeAsync(new GetProgrammeRequest { Name = w.Programme }).ResponseAsync),
        new("mentoring.v1.ProgrammeService/ListProgrammes", "participants.read",
            async (api, w) =>
            {
                var page = await api.Programmes.ListProgrammesAsync(new ListProgrammesRequest());
                if (page.Programmes.All(p => p.Name != w.Programme))
                {
                    throw new RpcException(new Status(StatusCode.NotFound, $"{w.Programme} is not listed."));
                }
            }),
        new("mentoring.v1.ProgrammeService/UpdateProgramme", "tenant.admin",
            (api, w) => api.Programmes.UpdateProgrammeAsync(new UpdateProgrammeRequest { Programme = new Programme { Name = w.Programme, DisplayName = "Renamed" }, UpdateMask = new() { Paths = { "display_name" } } }).ResponseAsync),
        new("mentoring.v1.ProgrammeService/DeleteProgramme", "tenant.admin",
            (api, w) => api.Programmes.DeleteProgrammeAsync(new DeleteProgrammeRequest { Name = w.Programme }).ResponseAsync),

        new("mentoring.v1.ParticipantService/CreateParticipant", "participants.write",
            (api, w) => api.Participants.CreateParticipantAsync(new CreateParticipantRequest { Parent = w.Programme, ParticipantId = "cy", Participant = Builders.Mentee("Cy") }).ResponseAsync),
        new("mentoring.v1.ParticipantService/GetParticipant", "participants.read",
            (api, w) => api.Participants.GetParticipantAsync(new GetParticipantRequest { Name = w.Mentor }).ResponseAsync),
        new("mentoring.v1.ParticipantService/ListParticipants", "participants.read",
            (api, w) => api.Participants.ListParticipantsAsync(new ListParticipantsRequest { Parent = w.Programme }).ResponseAsync),
        new("mentoring.v1.ParticipantService/UpdateParticipant", "participants.write",
            (api, w) => api.Participants.UpdateParticipantAsync(new UpdateParticipantRequest { Participant = new Participant { Name = w.Mentor, Capacity = 2 }, UpdateMask = new() { Paths = { "capacity" } } }).ResponseAsync),
        new("mentoring.v1.ParticipantService/DeleteParticipant", "participants.write",
            (api, w) => api.Participants.DeleteParticipantAsync(new DeleteParticipantRequest { Name = $"{w.Programme}/participants/cy" }).ResponseAsync),
        new("mentoring.v1.ParticipantService/ImportParticipants", "participants.write", ImportOneAsync),

        new("mentoring.v1.RoundService/StartRound", "rounds.run",
            (api, w) => api.Rounds.StartRoundAsync(new StartRoundRequest { Parent = w.Programme, RequestId = "first" }).ResponseAsync),
        new("mentoring.v1.RoundService/GetRound", "results.read",
            (api, w) => api.Rounds.GetRoundAsync(new GetRoundRequest { Name = w.Round }).ResponseAsync),
        new("mentoring.v1.RoundService/ListRounds", "results.read",
            (api, w) => api.Rounds.ListRoundsAsync(new ListRoundsRequest { Parent = w.Programme }).ResponseAsync),
        new("mentoring.v1.RoundService/WatchRound", "results.read",
            (api, w) => RoundCalls.WatchToEndAsync(api.Rounds, w.Round)),
        new("mentoring.v1.RoundService/CancelRound", "rounds.run",
            (api, w) => api.Rounds.CancelRoundAsync(new CancelRoundRequest { Name = w.Round }).ResponseAsync),
        new("mentoring.v1.RoundService/ListRoundMatches", "results.read",
            (api, w) => api.Rounds.ListRoundMatchesAsync(new ListRoundMatchesRequest { Parent = w.Round }).ResponseAsync),
        new("mentoring.v1.RoundService/ListUnmatchedMentees", "results.read",
            (api, w) => api.Rounds.ListUnmatchedMenteesAsync(new ListUnmatchedMenteesRequest { Parent = w.Round }).ResponseAsync),

        new("mentoring.v1.MatchService/GetMatch", "results.read",
            (api, w) => api.Matches.GetMatchAsync(new GetMatchRequest { Name = w.Match }).ResponseAsync),
        new("mentoring.v1.MatchService/AcceptMatch", "participants.write",
            (api, w) => api.Matches.AcceptMatchAsync(new AcceptMatchRequest { Name = w.Match, Participant = w.Mentee }).ResponseAsync),
        new("mentoring.v1.MatchService/DeclineMatch", "participants.write",
            (api, w) => api.Matches.DeclineMatchAsync(new DeclineMatchRequest { Name = w.Match, Participant = w.Mentor }).ResponseAsync),
        new("mentoring.v1.MatchService/EndMatch", "participants.write",
            (api, w) => api.Matches.EndMatchAsync(new EndMatchRequest { Name = w.Match, Rating = 4 }).ResponseAsync),
        new("mentoring.v1.MatchService/ListMatches", "results.read",
            (api, w) => api.Matches.ListMatchesAsync(new ListMatchesRequest { Parent = w.Round }).ResponseAsync),
        new("mentoring.v1.MatchService/CreateMatch", "tenant.admin",
            (api, w) => api.Matches.CreateMatchAsync(new CreateMatchRequest { Parent = w.Programme, Mentee = w.Mentee, Mentor = w.Mentor, RequestId = "isolation" }).ResponseAsync),
        new("mentoring.v1.MatchService/SwapMatches", "tenant.admin",
            (api, w) => api.Matches.SwapMatchesAsync(new SwapMatchesRequest { Parent = w.Programme, Matches = { w.Match, w.Match }, RequestId = "isolation" }).ResponseAsync),

        new("mentoring.v1.EventService/WatchEvents", "results.read", FirstEventAsync),

        new("mentoring.v1.RecommendationService/RecommendMentors", "results.read",
            (api, w) => api.Recommendations.RecommendMentorsAsync(new RecommendMentorsRequest { Mentee = w.Mentee }).ResponseAsync),

        new("mentoring.v1.DataProtectionService/ExportParticipant", "tenant.admin",
            (api, w) => api.DataProtection.ExportParticipantAsync(new ExportParticipantRequest { Name = w.Mentee }).ResponseAsync),

        new("mentoring.v1.AuditService/ListAuditEntries", "tenant.admin",
            (api, w) => api.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { Parent = w.TenantName }).ResponseAsync),

        new("mentoring.v1.FeedbackService/GetFeedbackSummary", "tenant.admin",
            (api, w) => api.Feedback.GetFeedbackSummaryAsync(new GetFeedbackSummaryRequest { Name = $"{w.Programme}/feedbackSummary" }).ResponseAsync),
        new("mentoring.v1.DevMailboxService/ListDevMessages", "tenant.admin",
            (api, w) => api.DevMailbox.ListDevMessagesAsync(new ListDevMessagesRequest { Parent = w.Programme }).ResponseAsync),

        // Key administration: a tenant admin on its own tenant's keys (the operator's access to every tenant is tested with it).
        new("mentoring.v1.ApiKeyService/CreateApiKey", "tenant.admin",
            (api, w) => api.ApiKeys.CreateApiKeyAsync(new CreateApiKeyRequest { Parent = w.TenantName, ApiKey = new ApiKey { Scopes = { "results.read" } } }).ResponseAsync),
        new("mentoring.v1.ApiKeyService/ListApiKeys", "tenant.admin",
            (api, w) => api.ApiKeys.ListApiKeysAsync(new ListApiKeysRequest { Parent = w.TenantName }).ResponseAsync),
        new("mentoring.v1.ApiKeyService/RotateApiKey", "tenant.admin",
            (api, w) => api.ApiKeys.RotateApiKeyAsync(new RotateApiKeyRequest { Name = w.ApiKeyName }).ResponseAsync),
        new("mentoring.v1.ApiKeyService/RevokeApiKey", "tenant.admin",
            (api, w) => api.ApiKeys.RevokeApiKeyAsync(new RevokeApiKeyRequest { Name = w.ApiKeyName }).ResponseAsync),

        // Webhook endpoints: a tenant admin on its own tenant's (the world registers none; NOT_FOUND passes the checks).
        new("mentoring.v1.WebhookService/CreateWebhookEndpoint", "tenant.admin",
            (api, w) => api.Webhooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest { Parent = w.TenantName, WebhookEndpoint = new WebhookEndpoint { Url = "https://192.0.2.10/hooks" } }).ResponseAsync),
        new("mentoring.v1.WebhookService/GetWebhookEndpoint", "tenant.admin",
            (api, w) => api.Webhooks.GetWebhookEndpointAsync(new GetWebhookEndpointRequest { Name = w.WebhookEndpointName }).ResponseAsync),
        new("mentoring.v1.WebhookService/ListWebhookEndpoints", "tenant.admin",
            (api, w) => api.Webhooks.ListWebhookEndpointsAsync(new ListWebhookEndpointsRequest { Parent = w.TenantName }).ResponseAsync),
        new("mentoring.v1.WebhookService/UpdateWebhookEndpoint", "tenant.admin",
            (api, w) => api.Webhooks.UpdateWebhookEndpointAsync(new UpdateWebhookEndpointRequest { WebhookEndpoint = new WebhookEndpoint { Name = w.WebhookEndpointName, DisplayName = "Renamed" }, UpdateMask = new() { Paths = { "display_name" } } }).ResponseAsync),
        new("mentoring.v1.WebhookService/DeleteWebhookEndpoint", "tenant.admin",
            (api, w) => api.Webhooks.DeleteWebhookEndpointAsync(new DeleteWebhookEndpointRequest { Name = w.WebhookEndpointName }).ResponseAsync),
        new("mentoring.v1.WebhookService/RotateWebhookEndpointSecret", "tenant.admin",
            (api, w) => api.Webhooks.RotateWebhookEndpointSecretAsync(new RotateWebhookEndpointSecretRequest { Name = w.WebhookEndpointName }).ResponseAsync),
        new("mentoring.v1.WebhookService/ListWebhookDeadLetters", "tenant.admin",
            (api, w) => api.Webhooks.ListWebhookDeadLettersAsync(new ListWebhookDeadLettersRequest { Parent = w.WebhookEndpointName }).ResponseAsync),
        new("mentoring.v1.WebhookService/ReplayWebhookDeadLetter", "tenant.admin",
            (api, w) => api.Webhooks.ReplayWebhookDeadLetterAsync(new ReplayWebhookDeadLetterRequest { Name = w.WebhookEndpointName, EventId = "evt_1" }).ResponseAsync),
    ];

    /// <summary>Reads the first event of the programme's log (its participants' creation), then ends the call.</summary>
    private static async Task FirstEventAsync(Api api, TenantWorld w)
    {
        using var call = api.Events.WatchEvents(new WatchEventsRequest { Parent = w.Programme }, deadline: DateTime.UtcNow.AddMinutes(1));
        if (!await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"{w.Programme} streamed no event."));
        }
    }
    /// <summary>
    /// The participant link service takes no API key or bearer token at all: its one credential is a personal link
    /// (ParticipantAreaTests drives it with real ones). A key of every scope, on the caller's own match, is refused.
    /// </summary>
    public static readonly IReadOnlyList<RpcRow> LinkRows =
    [
        new("mentoring.v1.ParticipantLinkService/GetLinkedMatch", "participant.link",
            (api, w) => api.Links.GetLinkedMatchAsync(new GetLinkedMatchRequest { Name = w.Match }).ResponseAsync),
        new("mentoring.v1.ParticipantLinkService/AcceptLinkedMatch", "participant.link",
            (api, w) => api.Links.AcceptLinkedMatchAsync(new AcceptLinkedMatchRequest { Name = w.Match }).ResponseAsync),
        new("mentoring.v1.ParticipantLinkService/DeclineLinkedMatch", "participant.link",
            (api, w) => api.Links.DeclineLinkedMatchAsync(new DeclineLinkedMatchRequest { Name = w.Match }).ResponseAsync),
        new("mentoring.v1.ParticipantLinkService/EndLinkedMatch", "participant.link",
            (api, w) => api.Links.EndLinkedMatchAsync(new EndLinkedMatchRequest { Name = w.Match, Rating = 4 }).ResponseAsync),
        new("mentoring.v1.ParticipantLinkService/AnswerLinkedCheckIn", "participant.link",
            (api, w) => api.Links.AnswerLinkedCheckInAsync(new AnswerLinkedCheckInRequest { Name = w.Match, Score = 4 }).ResponseAsync),
        new("mentoring.v1.ParticipantLinkService/EraseLinkedParticipant", "participant.link",
            (api, w) => api.Links.EraseLinkedParticipantAsync(new EraseLinkedParticipantRequest { Name = w.Match }).ResponseAsync),
    ];

    /// <summary>Imports one participant; an item refused because its programme is not found surfaces as NOT_FOUND.</summary>
    private static async Task ImportOneAsync(Api api, TenantWorld w)
    {
        using var call = api.Participants.ImportParticipants();
        await call.RequestStream.WriteAsync(new ImportParticipantsRequest { Parent = w.Programme, ParticipantId = "dee", Participant = Builders.Mentee("Dee") });
        await call.RequestStream.CompleteAsync();
        var response = await call;
        if (response.Results[0].Code == Google.Rpc.Code.NotFound)
        {
            throw new RpcException(new Status(StatusCode.NotFound, response.Results[0].Message));
        }
    }
}
