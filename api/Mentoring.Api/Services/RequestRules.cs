using System.Diagnostics.CodeAnalysis;
using Mentoring.Abstractions;
using Mentoring.Api.Errors;
using Mentoring.Api.Security;
using Mentoring.Contracts.Mapping;

namespace Mentoring.Api.Services;

/// <summary>
/// What every service checks of a request before it calls a grain, with its error: resource names and page sizes
/// (INVALID_ARGUMENT naming the field), page tokens, and that the programme a request names exists (NOT_FOUND).
/// </summary>
internal static class RequestRules
{
    public const string ProgrammeNameFormat = "must be \"programmes/{programme}\" with a valid id";
    public const string ParticipantNameFormat = "must be \"programmes/{programme}/participants/{participant}\" with valid ids";
    public const string TokenOfThisParent = "is not a token this service issued for this parent";

    /// <summary>The id of the programme <paramref name="name"/> names.</summary>
    public static string ProgrammeId(string name, string field)
    {
        if (!ResourceNames.TryParseProgramme(name, out var programmeId))
        {
            RpcErrors.InvalidArgument(field, ProgrammeNameFormat);
        }

        return programmeId;
    }

    /// <summary>The programme and participant ids of the participant <paramref name="name"/> names.</summary>
    public static (string ProgrammeId, string ParticipantId) Participant(string name, string field)
    {
        if (!ResourceNames.TryParseParticipant(name, out var programmeId, out var participantId))
        {
            RpcErrors.InvalidArgument(field, ParticipantNameFormat);
        }

        return (programmeId, participantId);
    }

    /// <summary>The programme and round ids of the round <paramref name="name"/> names.</summary>
    public static (string ProgrammeId, string RoundId) Round(string name, string field)
    {
        if (!RoundNames.TryParse(name, out var programmeId, out var roundId))
        {
            RpcErrors.InvalidArgument(field, "must be \"programmes/{programme}/rounds/{round}\" with valid ids");
        }

        return (programmeId, roundId);
    }

    /// <summary>The tenant id of "tenants/{tenant}".</summary>
    public static string Tenant(string name, string field)
    {
        if (!ApiKeyNames.TryParseTenant(name, out var tenant))
        {
            RpcErrors.InvalidArgument(field, "must be \"tenants/{tenant}\" with a valid id");
        }

        return tenant;
    }

    /// <summary>The page size to use for a List method's page_size.</summary>
    public static int PageSize(int requested)
    {
        if (!PageSizes.TryNormalise(requested, out var pageSize))
        {
            RpcErrors.InvalidArgument("page_size", "must not be negative");
        }

        return pageSize;
    }

    /// <summary>The id a page continues after: null for the first page, else the id in a token issued for <paramref name="scope"/>.</summary>
    public static string? AfterId(string pageToken, string scope, string refusal = TokenOfThisParent)
    {
        string? afterId = null;
        if (pageToken.Length > 0 && !PageTokens.TryDecode(pageToken, scope, out afterId))
        {
            InvalidPageToken(refusal);
        }

        return afterId;
    }

    [DoesNotReturn]
    public static void InvalidPageToken(string description = TokenOfThisParent) => RpcErrors.InvalidArgument("page_token", description);

    /// <summary>
    /// The programme, or NOT_FOUND naming <paramref name="requested"/> (the resource the request names; by default the
    /// programme): exactly what the ownership check answers for another tenant's programme, so the two cannot be told apart.
    /// </summary>
    public static async Task<ProgrammeSnapshot> ExistingProgrammeAsync(
        this IGrainFactory grains, string programmeId, CancellationToken cancellationToken, string? requested = null)
    {
        var snapshot = await grains.GetGrain<IProgrammeGrain>(GrainKeys.Programme(programmeId)).GetAsync(cancellationToken);
        if (snapshot is null)
        {
            RpcErrors.NotFound(requested ?? ResourceNames.Programme(programmeId));
        }

        return snapshot;
    }
}
