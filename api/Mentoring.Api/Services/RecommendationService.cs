using Grpc.Core;
using Mentoring.Abstractions.Rounds;
using Mentoring.Api.Errors;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Services;

/// <summary>mentoring.v1.RecommendationService: validates, then asks the programme's recommendation worker.</summary>
public sealed class RecommendationService(IGrainFactory grains) : Contracts.V1.RecommendationService.RecommendationServiceBase
{
    private const int DefaultResults = 10;
    private const int MaxResults = 100;

    public override async Task<RecommendMentorsResponse> RecommendMentors(RecommendMentorsRequest request, ServerCallContext context)
    {
        var (programmeId, menteeId) = RequestRules.Participant(request.Mentee, "mentee");
        if (request.MaxResults is < 0 or > MaxResults)
        {
            RpcErrors.InvalidArgument("max_results", $"must be between 0 and {MaxResults}");
        }

        var recommendations = await grains.GetGrain<IRecommendationGrain>(RoundKeys.Recommendations(programmeId))
            .RecommendAsync(menteeId, request.MaxResults == 0 ? DefaultResults : request.MaxResults, context.CancellationToken);
        if (recommendations is null)
        {
            RpcErrors.NotFound(request.Mentee);
        }

        var response = new RecommendMentorsResponse();
        response.Recommendations.AddRange(recommendations.Value.Select(m =>
            RoundMatchMapper.ToProto(programmeId, m.MenteeId, m.MentorId, m.Score, m.Breakdown, m.Reasons)));
        return response;
    }
}
