namespace Mentoring.Api.Security;

/// <summary>
/// The one table of who may call what. A method missing here is refused (PERMISSION_DENIED) for every
/// credential, and the isolation test in Mentoring.Api.Tests fails for it, so a new RPC needs a row.
/// </summary>
public static class MethodPolicies
{
    private const string V1 = "/mentoring.v1.";

    private static readonly MethodPolicy Public = new(null, Ownership.InService);

    private static readonly Dictionary<string, MethodPolicy> Table = new(StringComparer.Ordinal)
    {
        [V1 + "ProgrammeService/CreateProgramme"] = new(Scopes.TenantAdmin, Ownership.InService, Audited: true),
        [V1 + "ProgrammeService/GetProgramme"] = new(Scopes.ParticipantsRead, Ownership.Programme),
        [V1 + "ProgrammeService/ListProgrammes"] = new(Scopes.ParticipantsRead, Ownership.InService),
        [V1 + "ProgrammeService/UpdateProgramme"] = new(Scopes.TenantAdmin, Ownership.Programme, Audited: true),
        [V1 + "ProgrammeService/DeleteProgramme"] = new(Scopes.TenantAdmin, Ownership.Programme, Audited: true),

        [V1 + "ParticipantService/CreateParticipant"] = new(Scopes.ParticipantsWrite, Ownership.Programme),
        [V1 + "ParticipantService/GetParticipant"] = new(Scopes.ParticipantsRead, Ownership.Programme),
        [V1 + "ParticipantService/ListParticipants"] = new(Scopes.ParticipantsRead, Ownership.Programme),
        [V1 + "ParticipantService/UpdateParticipant"] = new(Scopes.ParticipantsWrite, Ownership.Programme),
        [V1 + "ParticipantService/DeleteParticipant"] = new(Scopes.ParticipantsWrite, Ownership.Programme, Audited: true),
        [V1 + "ParticipantService/ImportParticipants"] = new(Scopes.ParticipantsWrite, Ownership.InService, RateClass.Import, Audited: true, Long: true),

        [V1 + "RoundService/StartRound"] = new(Scopes.RoundsRun, Ownership.Programme, RateClass.RoundStart, Audited: true),
        [V1 + "RoundService/GetRound"] = new(Scopes.ResultsRead, Ownership.Programme),
        [V1 + "RoundService/ListRounds"] = new(Scopes.ResultsRead, Ownership.Programme),
        [V1 + "RoundService/WatchRound"] = new(Scopes.ResultsRead, Ownership.Programme, Long: true),
        [V1 + "RoundService/CancelRound"] = new(Scopes.RoundsRun, Ownership.Programme, Audited: true),
        [V1 + "RoundService/ListRoundMatches"] = new(Scopes.ResultsRead, Ownership.Programme),
        [V1 + "RoundService/ListUnmatchedMentees"] = new(Scopes.ResultsRead, Ownership.Programme),

        [V1 + "MatchService/GetMatch"] = new(Scopes.ResultsRead, Ownership.Programme),
        [V1 + "MatchService/AcceptMatch"] = new(Scopes.ParticipantsWrite, Ownership.Programme),
        [V1 + "MatchService/DeclineMatch"] = new(Scopes.ParticipantsWrite, Ownership.Programme),
        [V1 + "MatchService/EndMatch"] = new(Scopes.ParticipantsWrite, Ownership.Programme),
        [V1 + "MatchService/ListMatches"] = new(Scopes.ResultsRead, Ownership.Programme),
        [V1 + "MatchService/CreateMatch"] = new(Scopes.TenantAdmin, Ownership.Programme, Audited: true),
        [V1 + "MatchService/SwapMatches"] = new(Scopes.TenantAdmin, Ownership.Programme, Audited: true),

        [V1 + "EventService/WatchEvents"] = new(Scopes.ResultsRead, Ownership.Programme, Long: true),

        [V1 + "RecommendationService/RecommendMentors"] = new(Scopes.ResultsRead, Ownership.Programme),

        [V1 + "DataProtectionService/ExportParticipant"] = new(Scopes.TenantAdmin, Ownership.Programme, Audited: true),

        // Flagged answers carry both people's names and the comment, so only the programme's admins read the summary.
        [V1 + "FeedbackService/GetFeedbackSummary"] = new(Scopes.TenantAdmin, Ownership.Programme),

        [V1 + "AuditService/ListAuditEntries"] = new(Scopes.TenantAdmin, Ownership.Tenant),

        // The personal link is the credential; it names its match, so ownership holds by construction (ParticipantLinkCredential).
        [V1 + "ParticipantLinkService/GetLinkedMatch"] = new(Scopes.ParticipantLink, Ownership.Programme),
        [V1 + "ParticipantLinkService/AcceptLinkedMatch"] = new(Scopes.ParticipantLink, Ownership.Programme),
        [V1 + "ParticipantLinkService/DeclineLinkedMatch"] = new(Scopes.ParticipantLink, Ownership.Programme),
        [V1 + "ParticipantLinkService/EndLinkedMatch"] = new(Scopes.ParticipantLink, Ownership.Programme),
        [V1 + "ParticipantLinkService/AnswerLinkedCheckIn"] = new(Scopes.ParticipantLink, Ownership.Programme),
        [V1 + "ParticipantLinkService/EraseLinkedParticipant"] = new(Scopes.ParticipantLink, Ownership.Programme, Audited: true),

        // Messages carry addresses and personal links, so only the programme's admins read the dev mailbox.
        [V1 + "DevMailboxService/ListDevMessages"] = new(Scopes.TenantAdmin, Ownership.Programme),

        // A tenant admin manages its own tenant's keys (never granting a scope it lacks: ApiKeyGrants); the operator every tenant's.
        [V1 + "ApiKeyService/CreateApiKey"] = new(Scopes.TenantAdmin, Ownership.Tenant, Audited: true, AnyTenantScope: Scopes.Operator),
        [V1 + "ApiKeyService/ListApiKeys"] = new(Scopes.TenantAdmin, Ownership.Tenant, AnyTenantScope: Scopes.Operator),
        [V1 + "ApiKeyService/RotateApiKey"] = new(Scopes.TenantAdmin, Ownership.Tenant, Audited: true, AnyTenantScope: Scopes.Operator),
        [V1 + "ApiKeyService/RevokeApiKey"] = new(Scopes.TenantAdmin, Ownership.Tenant, Audited: true, AnyTenantScope: Scopes.Operator),

        // A tenant admin manages its own tenant's webhook endpoints; the operator every tenant's.
        [V1 + "WebhookService/CreateWebhookEndpoint"] = new(Scopes.TenantAdmin, Ownership.Tenant, Audited: true, AnyTenantScope: Scopes.Operator),
        [V1 + "WebhookService/GetWebhookEndpoint"] = new(Scopes.TenantAdmin, Ownership.Tenant, AnyTenantScope: Scopes.Operator),
        [V1 + "WebhookService/ListWebhookEndpoints"] = new(Scopes.TenantAdmin, Ownership.Tenant, AnyTenantScope: Scopes.Operator),
        [V1 + "WebhookService/UpdateWebhookEndpoint"] = new(Scopes.TenantAdmin, Ownership.Tenant, Audited: true, AnyTenantScope: Scopes.Operator),
        [V1 + "WebhookService/DeleteWebhookEndpoint"] = new(Scopes.TenantAdmin, Ownership.Tenant, Audited: true, AnyTenantScope: Scopes.Operator),
        [V1 + "WebhookService/RotateWebhookEndpointSecret"] = new(Scopes.TenantAdmin, Ownership.Tenant, Audited: true, AnyTenantScope: Scopes.Operator),
        [V1 + "WebhookService/ListWebhookDeadLetters"] = new(Scopes.TenantAdmin, Ownership.Tenant, AnyTenantScope: Scopes.Operator),
        [V1 + "WebhookService/ReplayWebhookDeadLetter"] = new(Scopes.TenantAdmin, Ownership.Tenant, Audited: true, AnyTenantScope: Scopes.Operator),

        // Load balancers and generic tools need these without credentials; they reveal no tenant data.
        ["/grpc.health.v1.Health/Check"] = Public,
        ["/grpc.health.v1.Health/Watch"] = Public,
        ["/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo"] = Public,
        ["/grpc.reflection.v1.ServerReflection/ServerReflectionInfo"] = Public,
    };

    /// <summary>The policy of a method ("/package.Service/Method"), or null when it has none.</summary>
    public static MethodPolicy? For(string method) => Table.GetValueOrDefault(method);
}
