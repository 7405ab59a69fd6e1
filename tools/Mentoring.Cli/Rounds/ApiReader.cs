using Grpc.Core;
using Mentoring.Cli.Connection;
using Mentoring.Contracts.V1;

namespace Mentoring.Cli.Rounds;

/// <summary>Reads whole paged lists from the API.</summary>
public static class ApiReader
{
    private const int PageSize = 1000;
    private const int Concurrency = 16;

    public static Task<List<RoundMatch>> MatchesAsync(ApiClients api, string round, CancellationToken cancellationToken) =>
        AllPagesAsync<RoundMatch>(async token =>
        {
            var page = await api.Rounds.ListRoundMatchesAsync(
                new ListRoundMatchesRequest { Parent = round, PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
            return (page.Matches, page.NextPageToken);
        });

    public static Task<List<UnmatchedMentee>> UnmatchedAsync(ApiClients api, string round, CancellationToken cancellationToken) =>
        AllPagesAsync<UnmatchedMentee>(async token =>
        {
            var page = await api.Rounds.ListUnmatchedMenteesAsync(
                new ListUnmatchedMenteesRequest { Parent = round, PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
            return (page.UnmatchedMentees, page.NextPageToken);
        });

    public static Task<List<Round>> RoundsAsync(ApiClients api, string programme, CancellationToken cancellationToken) =>
        AllPagesAsync<Round>(async token =>
        {
            var page = await api.Rounds.ListRoundsAsync(
                new ListRoundsRequest { Parent = programme, PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
            return (page.Rounds, page.NextPageToken);
        });

    public static Task<List<Participant>> ParticipantsAsync(ApiClients api, string programme, ParticipantRole role, CancellationToken cancellationToken) =>
        AllPagesAsync<Participant>(async token =>
        {
            var page = await api.Participants.ListParticipantsAsync(
                new ListParticipantsRequest { Parent = programme, PageSize = PageSize, PageToken = token, Role = role }, cancellationToken: cancellationToken);
            return (page.Participants, page.NextPageToken);
        });

    public static Task<List<Programme>> ProgrammesAsync(ApiClients api, CancellationToken cancellationToken) =>
        AllPagesAsync<Programme>(async token =>
        {
            var page = await api.Programmes.ListProgrammesAsync(
                new ListProgrammesRequest { PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
            return (page.Programmes, page.NextPageToken);
        });

    public static Task<List<ApiKey>> ApiKeysAsync(ApiClients api, string tenant, CancellationToken cancellationToken) =>
        AllPagesAsync<ApiKey>(async token =>
        {
            var page = await api.ApiKeys.ListApiKeysAsync(
                new ListApiKeysRequest { Parent = tenant, PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
            return (page.ApiKeys, page.NextPageToken);
        });

    public static Task<List<WebhookEndpoint>> WebhookEndpointsAsync(ApiClients api, string tenant, CancellationToken cancellationToken) =>
        AllPagesAsync<WebhookEndpoint>(async token =>
        {
            var page = await api.Webhooks.ListWebhookEndpointsAsync(
                new ListWebhookEndpointsRequest { Parent = tenant, PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
            return (page.WebhookEndpoints, page.NextPageToken);
        });

    public static Task<List<WebhookDeadLetter>> WebhookDeadLettersAsync(ApiClients api, string endpoint, CancellationToken cancellationToken) =>
        AllPagesAsync<WebhookDeadLetter>(async token =>
        {
            var page = await api.Webhooks.ListWebhookDeadLettersAsync(
                new ListWebhookDeadLettersRequest { Parent = endpoint, PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
            return (page.DeadLetters, page.NextPageToken);
        });

    /// <summary>The display name of every participant of a programme, by participant name.</summary>
    public static async Task<Dictionary<string, string>> ProgrammeDisplayNamesAsync(ApiClients api, string programme, CancellationToken cancellationToken) =>
        (await ParticipantsAsync(api, programme, ParticipantRole.Unspecified, cancellationToken)).ToDictionary(p => p.Name, p => p.DisplayName, StringComparer.Ordinal);

    /// <summary>The display name of each participant named, read with bounded concurrency; empty for one that no longer exists.</summary>
    public static async Task<Dictionary<string, string>> DisplayNamesAsync(ApiClients api, IEnumerable<string> participants, CancellationToken cancellationToken)
    {
        var distinct = participants.Distinct(StringComparer.Ordinal).ToArray();
        var displayNames = new string[distinct.Length];
        await Parallel.ForAsync(0, distinct.Length, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            try
            {
                displayNames[i] = (await api.Participants.GetParticipantAsync(new GetParticipantRequest { Name = distinct[i] }, cancellationToken: ct)).DisplayName;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                displayNames[i] = "";
            }
        });
        return distinct.Zip(displayNames).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    /// <summary>The published match of each round match, read with bounded concurrency; null for a dry run (nothing is published).</summary>
    public static async Task<Match?[]> PublishedAsync(ApiClients api, Round round, IReadOnlyList<RoundMatch> matches, CancellationToken cancellationToken)
    {
        var published = new Match?[matches.Count];
        if (round.DryRun)
        {
            return published;
        }

        await Parallel.ForAsync(0, matches.Count, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, async (i, ct) =>
            published[i] = await api.Matches.GetMatchAsync(
                new GetMatchRequest { Name = $"{round.Name}/matches/{CliNames.Id(matches[i].Mentee)}" }, cancellationToken: ct));
        return published;
    }

    /// <summary>Follows page tokens (AIP-158) from the first page until the server returns an empty one.</summary>
    private static async Task<List<T>> AllPagesAsync<T>(Func<string, Task<(IEnumerable<T> Items, string NextPageToken)>> readPage)
    {
        var all = new List<T>();
        var token = "";
        do
        {
            var (items, next) = await readPage(token);
            all.AddRange(items);
            token = next;
        }
        while (token.Length > 0);

        return all;
    }
}
