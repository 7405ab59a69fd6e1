using Grpc.Core;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>RoundService calls the tests repeat: watching to the end and reading every result page.</summary>
public static class RoundCalls
{
    public static readonly TimeSpan RoundTimeout = TimeSpan.FromMinutes(2);

    public static bool IsFinal(RoundState state) => state is RoundState.Done or RoundState.Failed or RoundState.Cancelled;

    /// <summary>Every message WatchRound sends until the stream ends; fails if it does not end within the timeout.</summary>
    public static async Task<List<Round>> WatchToEndAsync(RoundService.RoundServiceClient rounds, string name)
    {
        var seen = new List<Round>();
        using var call = rounds.WatchRound(new WatchRoundRequest { Name = name }, deadline: DateTime.UtcNow + RoundTimeout);
        await foreach (var round in call.ResponseStream.ReadAllAsync())
        {
            seen.Add(round);
        }

        return seen;
    }

    public static async Task<List<RoundMatch>> ListAllMatchesAsync(RoundService.RoundServiceClient rounds, string name, int pageSize)
    {
        var all = new List<RoundMatch>();
        var token = "";
        do
        {
            var page = await rounds.ListRoundMatchesAsync(new ListRoundMatchesRequest { Parent = name, PageSize = pageSize, PageToken = token });
            Assert.True(page.Matches.Count <= pageSize);
            all.AddRange(page.Matches);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return all;
    }

    public static async Task<List<UnmatchedMentee>> ListAllUnmatchedAsync(RoundService.RoundServiceClient rounds, string name, int pageSize)
    {
        var all = new List<UnmatchedMentee>();
        var token = "";
        do
        {
            var page = await rounds.ListUnmatchedMenteesAsync(new ListUnmatchedMenteesRequest { Parent = name, PageSize = pageSize, PageToken = token });
            Assert.True(page.UnmatchedMentees.Count <= pageSize);
            all.AddRange(page.UnmatchedMentees);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return all;
    }
}
