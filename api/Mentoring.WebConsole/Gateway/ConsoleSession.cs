using Grpc.Core;
using Grpc.Core.Interceptors;
using Mentoring.Contracts.V1;
using Mentoring.WebConsole.SignIn;
using Microsoft.AspNetCore.Components.Authorization;

namespace Mentoring.WebConsole.Gateway;

/// <summary>
/// The API's clients as the signed-in user: every call carries the user's credential (API key or access token), so it meets
/// the gateway's own authentication, scopes, tenant ownership and audit. One per circuit.
/// </summary>
public sealed class ConsoleSession(GatewayChannel gateway, AuthenticationStateProvider authentication)
{
    private CallInvoker? _invoker;

    public ConsoleUser? User { get; private set; }

    /// <summary>Reads the signed-in user; false when nobody is signed in.</summary>
    public async Task<bool> SignedInAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        User = ConsoleAuthentication.User(state.User);
        _invoker = User is { } user ? Invoker(gateway, user.Credential) : null;
        return User is not null;
    }

    public ProgrammeService.ProgrammeServiceClient Programmes => new(Invoker());

    public ParticipantService.ParticipantServiceClient Participants => new(Invoker());

    public RoundService.RoundServiceClient Rounds => new(Invoker());

    public MatchService.MatchServiceClient Matches => new(Invoker());

    public ApiKeyService.ApiKeyServiceClient ApiKeys => new(Invoker());

    public AuditService.AuditServiceClient Audit => new(Invoker());

    public WebhookService.WebhookServiceClient Webhooks => new(Invoker());

    public DataProtectionService.DataProtectionServiceClient DataProtection => new(Invoker());

    public DevMailboxService.DevMailboxServiceClient DevMailbox => new(Invoker());

    public FeedbackService.FeedbackServiceClient Feedback => new(Invoker());

    /// <summary>A call invoker that sends <paramref name="credential"/>; also used to check a credential at sign-in.</summary>
    public static CallInvoker Invoker(GatewayChannel gateway, ConsoleCredential credential) =>
        gateway.Channel.Intercept(metadata =>
        {
            metadata.Add(credential.Header, credential.Value);
            return metadata;
        });

    private CallInvoker Invoker() => _invoker ?? throw new InvalidOperationException("Nobody is signed in.");
}
