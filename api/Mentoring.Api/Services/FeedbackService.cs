using Grpc.Core;
using Mentoring.Abstractions.Feedback;
using Mentoring.Api.Errors;
using Mentoring.Api.Mapping;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Services;

/// <summary>mentoring.v1.FeedbackService: a programme's check-in feedback, summed up by its feedback grain.</summary>
public sealed class FeedbackService(IGrainFactory grains) : Contracts.V1.FeedbackService.FeedbackServiceBase
{
    private const string Suffix = "/feedbackSummary";

    public override async Task<Contracts.V1.FeedbackSummary> GetFeedbackSummary(GetFeedbackSummaryRequest request, ServerCallContext context)
    {
        var programmeId = ProgrammeId(request.Name);
        await grains.ExistingProgrammeAsync(programmeId, context.CancellationToken, request.Name);
        var summary = await grains.GetGrain<IFeedbackGrain>(FeedbackKeys.Feedback(programmeId)).SummarizeAsync(context.CancellationToken);
        return FeedbackProto.ToProto(programmeId, summary);
    }

    /// <summary>The programme of "programmes/{programme}/feedbackSummary".</summary>
    internal static string ProgrammeId(string name)
    {
        var programme = name.EndsWith(Suffix, StringComparison.Ordinal) ? name[..^Suffix.Length] : "";
        if (!ResourceNames.TryParseProgramme(programme, out var programmeId))
        {
            RpcErrors.InvalidArgument("name", "must be \"programmes/{programme}/feedbackSummary\" with a valid id");
        }

        return programmeId;
    }
}
