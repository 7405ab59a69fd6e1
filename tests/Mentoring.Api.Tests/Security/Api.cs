using Grpc.Net.Client;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests.Security;

/// <summary>Every mentoring.v1 client over one channel, for tables of calls.</summary>
public sealed class Api(GrpcChannel channel)
{
    public ProgrammeService.ProgrammeServiceClient Programmes { get; } = new(channel);
    public ParticipantService.ParticipantServiceClient Participants { get; } = new(channel);
    public RoundService.RoundServiceClient Rounds { get; } = new(channel);
    public MatchService.MatchServiceClient Matches { get; } = new(channel);
    public RecommendationService.RecommendationServiceClient Recommendations { get; } = new(channel);
    public AuditService.AuditServiceClient Audit { get; } = new(channel);
    public EventService.EventServiceClient Events { get; } = new(channel);
    public DevMailboxService.DevMailboxServiceClient DevMailbox { get; } = new(channel);
    public ParticipantLinkService.ParticipantLinkServiceClient Links { get; } = new(channel);
    public DataProtectionService.DataProtectionServiceClient DataProtection { get; } = new(channel);
    public ApiKeyService.ApiKeyServiceClient ApiKeys { get; } = new(channel);
    public WebhookService.WebhookServiceClient Webhooks { get; } = new(channel);
    public FeedbackService.FeedbackServiceClient Feedback { get; } = new(channel);
}
