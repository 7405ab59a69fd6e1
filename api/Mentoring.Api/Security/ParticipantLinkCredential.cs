using Grpc.Core;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Mail;
using Mentoring.Contracts.Mapping;
using Mentoring.Domain.Links;

namespace Mentoring.Api.Security;

/// <summary>
/// The personal link as a credential: "authorization: Link &lt;token&gt;" on the participant link service's calls. The token
/// must carry this service's signature, be unexpired, and name the match the request names; it then acts as the link's
/// participant on that match and nothing else. Refusals carry a "link-refusal" trailer ("invalid", "expired", "used")
/// so the console can say which.
/// </summary>
public sealed class ParticipantLinkCredential(IGrainFactory grains, IConfiguration configuration, TimeProvider clock)
{
    public const string Scheme = "Link";
    public const string RefusalTrailer = "link-refusal";
    private const string UserStateKey = "mentoring.link";
    private byte[]? _key = configuration["Mentoring:Links:SigningKey"] is { Length: > 0 } configured ? Convert.FromBase64String(configured) : null;

    /// <summary>The caller the link stands for, after every check; throws UNAUTHENTICATED or NOT_FOUND otherwise.</summary>
    public async Task<Caller> AuthorizeAsync(string matchName, ServerCallContext context)
    {
        var header = context.RequestHeaders.GetValue("authorization");
        if (header is null || !header.StartsWith(Scheme + " ", StringComparison.Ordinal))
        {
            throw Refused("invalid", $"A personal link is required as \"authorization: {Scheme} <token>\".");
        }

        var refusal = ParticipantLinkTokens.TryRead(header[(Scheme.Length + 1)..].Trim(), await KeyAsync(context.CancellationToken), clock.GetUtcNow(), out var link);
        if (refusal == LinkRefusal.Expired)
        {
            throw Refused("expired", "This personal link has expired.");
        }

        if (refusal != LinkRefusal.None || link is null || matchName != MatchNames.Match(link.ProgrammeId, link.RoundId, link.MenteeId))
        {
            throw Refused("invalid", "This personal link is not valid for this match.");
        }

        var programme = await grains.GetGrain<IProgrammeGrain>(GrainKeys.Programme(link.ProgrammeId)).GetAsync(context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"{matchName} does not exist."));
        context.UserState[UserStateKey] = link;
        return new Caller(programme.Tenant, new HashSet<string>(StringComparer.Ordinal) { Scopes.ParticipantLink }, $"link/{link.LinkId}");
    }

    /// <summary>The link the interceptor checked for this call.</summary>
    public static ParticipantLink Of(ServerCallContext context) =>
        context.UserState.TryGetValue(UserStateKey, out var link) && link is ParticipantLink l
            ? l
            : throw new InvalidOperationException($"No personal link on {context.Method}: the authorization interceptor did not run.");

    /// <summary>A refusal the console can tell apart by its trailer.</summary>
    public static RpcException Refused(string reason, string detail, StatusCode code = StatusCode.Unauthenticated) =>
        new(new Status(code, detail), new Metadata { { RefusalTrailer, reason } });

    private async ValueTask<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        if (_key is { } key)
        {
            return key;
        }

        var stored = await grains.GetGrain<ILinkSigningKeyGrain>(MailKeys.LinkSigningKey).GetAsync(cancellationToken);
        return _key = [.. stored];
    }
}
