namespace Mentoring.Api.Security;

/// <summary>What a credential may do (docs/API.md, section Security). Each RPC needs exactly one of them.</summary>
public static class Scopes
{
    public const string ParticipantsRead = "participants.read";
    public const string ParticipantsWrite = "participants.write";
    public const string RoundsRun = "rounds.run";
    public const string ResultsRead = "results.read";
    public const string TenantAdmin = "tenant.admin";

    /// <summary>
    /// Held only by a personal link (<see cref="ParticipantLinkCredential"/>), never granted to a key: the link's participant's
    /// actions on the link's match.
    /// </summary>
    public const string ParticipantLink = "participant.link";

    /// <summary>The platform operator: manages every tenant's API keys, and nothing inside a tenant.</summary>
    public const string Operator = "operator";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        ParticipantsRead, ParticipantsWrite, RoundsRun, ResultsRead, TenantAdmin, Operator,
    };

    public static readonly IReadOnlySet<string> Tenant = new HashSet<string>(All.Where(s => s != Operator), StringComparer.Ordinal);
}
