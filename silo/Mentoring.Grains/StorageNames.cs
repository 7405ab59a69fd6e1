namespace Mentoring.Grains;

/// <summary>Names of the grain storage provider and of each grain type's state. Each state name is unique so rows never collide.</summary>
public static class StorageNames
{
    public const string Provider = "mentoring";

    /// <summary>The participants table (our own provider); every other grain type stays on <see cref="Provider"/>.</summary>
    public const string ParticipantProvider = "participants";

    public const string ProgrammeState = "programme";
    public const string ParticipantState = "participant";
    public const string DirectoryState = "programme-directory";
    public const string ProgrammeRoundsState = "programme-rounds";
    public const string RoundState = "round";
    public const string RoundPageState = "round-page";
    public const string RoundAdmissionState = "round-admission";
    public const string RoundPageMatchesState = "round-page-matches";
    public const string MatchOverridesState = "match-overrides";
    public const string ApiKeyState = "api-key";
    public const string TenantApiKeysState = "tenant-api-keys";
    public const string AuditLogState = "audit-log";
    public const string AuditSegmentState = "audit-segment";
    public const string WebhookEndpointState = "webhook-endpoint";
    public const string TenantWebhookEndpointsState = "tenant-webhook-endpoints";
    public const string WebhookDeliveryState = "webhook-delivery";
    public const string DevMailboxState = "dev-mailbox";
    public const string RoundNotificationState = "round-notifications";
    public const string LinkSigningKeyState = "link-signing-key";
    public const string ProposalFollowUpState = "proposal-follow-up";
    public const string MentorDigestState = "mentor-digest";
    public const string FeedbackState = "feedback";
}
