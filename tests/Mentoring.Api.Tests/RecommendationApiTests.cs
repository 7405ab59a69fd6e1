using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests;

/// <summary>On-demand recommendations over gRPC: ranked, explained, validated, and following profile changes.</summary>
public sealed class RecommendationApiTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>
{
    [Fact]
    public async Task A_mentee_gets_feasible_mentors_best_first_with_reasons()
    {
        using var clients = Clients.For(fixture.Gateway);
        var programme = await clients.CreateProgrammeAsync("recommend-" + Guid.NewGuid().ToString("N")[..6]);
        await RoundPopulation.ImportAsync(clients, programme.Name, mentors: 12, mentees: 5, capacity: 2);
        var service = new RecommendationService.RecommendationServiceClient(fixture.Gateway.CreateChannel());

        var response = await service.RecommendMentorsAsync(new RecommendMentorsRequest
        {
            Mentee = $"{programme.Name}/participants/{RoundPopulation.MenteeId(0)}",
            MaxResults = 5,
        });

        Assert.InRange(response.Recommendations.Count, 1, 5);
        Assert.All(response.Recommendations, r => Assert.Contains("/participants/mentor-", r.Mentor, StringComparison.Ordinal));
        Assert.All(response.Recommendations, r => Assert.NotEmpty(r.Reasons));
        Assert.All(response.Recommendations, r => Assert.NotEmpty(r.Breakdown));
        var scores = response.Recommendations.Select(r => r.Score).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public async Task An_unknown_mentee_is_not_found_and_a_bad_limit_is_a_field_violation()
    {
        using var clients = Clients.For(fixture.Gateway);
        var programme = await clients.CreateProgrammeAsync("recommend-bad-" + Guid.NewGuid().ToString("N")[..6]);
        var service = new RecommendationService.RecommendationServiceClient(fixture.Gateway.CreateChannel());

        await RpcAssert.FailsWithAsync(StatusCode.NotFound, async () => await service.RecommendMentorsAsync(
            new RecommendMentorsRequest { Mentee = $"{programme.Name}/participants/nobody" }));
        await RpcAssert.RejectsFieldAsync("max_results", async () => await service.RecommendMentorsAsync(
            new RecommendMentorsRequest { Mentee = $"{programme.Name}/participants/nobody", MaxResults = 101 }));
        await RpcAssert.RejectsFieldAsync("mentee", async () => await service.RecommendMentorsAsync(
            new RecommendMentorsRequest { Mentee = "mentee-0" }));
    }
}
