using Mentoring.Cli.Connection;
using Mentoring.Contracts.V1;

namespace Mentoring.Cli.Rounds;

/// <summary>Reads whole paged lists from the API.</summary>
public static class ApiReader
{
    private const int PageSize = 1000;

    public static async Task<List<RoundMatch>> MatchesAsync(ApiClients api, string round, CancellationToken cancellationToken)
    {
        var all = new List<RoundMatch>();
        var token = "";
        do
        {
            var page = await api.Rounds.ListRoundMatchesAsync(
                new ListRoundMatchesRequest { Parent = round, PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
            all.AddRange(page.Matches);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return all;
    }

    public static async Task<List<UnmatchedMentee>> UnmatchedAsync(ApiClients api, string round, CancellationToken cancellationToken)
    {
        var all = new List<UnmatchedMentee>();
        var token = "";
        do
        {
            var page = await api.Rounds.ListUnmatchedMenteesAsync(
                new ListUnmatchedMenteesRequest { Parent = round, PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
            all.AddRange(page.UnmatchedMentees);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return all;
    }

    public static async Task<List<Round>> RoundsAsync(ApiClients api, string programme, CancellationToken cancellationToken)
    {
        var all = new List<Round>();
        var token = "";
        do
        {
            var page = await api.Rounds.ListRoundsAsync(
                new ListRoundsRequest { Parent = programme, PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
            all.AddRange(page.Rounds);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return all;
    }

    public static async Task<List<Participant>> ParticipantsAsync(ApiClients api, string programme, ParticipantRole role, CancellationToken cancellationToken)
    {
        var all = new List<Participant>();
        var token = "";
        do
        {
            var page = await api.Participants.ListParticipantsAsync(
                new ListParticipantsRequest { Parent = programme, PageSize = PageSize, PageToken = token, Role = role }, cancellationToken: cancellationToken);
            all.AddRange(page.Participants);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return all;
    }

    /// <summary>The published match of each round match, read with bounded concurrency; null for a dry run (nothing is published).</summary>
    public static async Task<Match?[]> PublishedAsync(ApiClients api, Round round, IReadOnlyList<RoundMatch> matches, CancellationToken cancellationToken)
    {
        var published = new Match?[matches.Count];
        if (round.DryRun)
        {
            return published;
        }

        await Parallel.ForAsync(0, matches.Count, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (i, ct) =>
            published[i] = await api.Matches.GetMatchAsync(
                new GetMatchRequest { Name = $"{round.Name}/matches/{CliNames.Id(matches[i].Mentee)}" }, cancellationToken: ct));
        return published;
    }
}
