using Grpc.Core;
using Mentoring.Abstractions.Events;
using Mentoring.Api.Errors;
using Mentoring.Api.Mapping;
using Mentoring.Contracts.V1;
using Mentoring.Domain;

namespace Mentoring.Api.Services;

/// <summary>
/// mentoring.v1.EventService: streams a programme's event log from a cursor. The log's sequences are gap-free and in
/// commit order, so sending each page after the last sequence sent, and polling when caught up, sends every event once,
/// in order.
/// </summary>
public sealed class EventService(IGrainFactory grains, EventOptions options) : Contracts.V1.EventService.EventServiceBase
{
    public override async Task WatchEvents(WatchEventsRequest request, IServerStreamWriter<Contracts.V1.ProgrammeEvent> responseStream, ServerCallContext context)
    {
        var programmeId = RequestRules.ProgrammeId(request.Parent, "parent");
        var types = Validate(request);
        await grains.ExistingProgrammeAsync(programmeId, context.CancellationToken);

        var log = grains.GetGrain<IProgrammeEventsGrain>(EventKeys.Log(programmeId));
        var after = request.AfterSequence;
        var cancellationToken = context.CancellationToken;
        while (!cancellationToken.IsCancellationRequested)
        {
            var page = await log.ReadAsync(after, options.ReadBatchSize, cancellationToken);
            foreach (var programmeEvent in page.Events)
            {
                if (types.Count == 0 || types.Contains(programmeEvent.Type))
                {
                    await responseStream.WriteAsync(ProgrammeEventProto.ToProto(programmeEvent), cancellationToken);
                }

                after = programmeEvent.Sequence;
            }

            if (page.Events.Length < options.ReadBatchSize)
            {
                await Task.Delay(options.PollInterval, cancellationToken);
            }
        }
    }

    private static HashSet<string> Validate(WatchEventsRequest request)
    {
        var violations = new List<FieldViolation>();
        if (request.AfterSequence < 0)
        {
            violations.Add(new("after_sequence", "must not be negative"));
        }

        for (var i = 0; i < request.EventTypes.Count; i++)
        {
            if (!ProgrammeEventTypes.All.Contains(request.EventTypes[i]))
            {
                violations.Add(new($"event_types[{i}]", $"must be one of {string.Join(", ", ProgrammeEventTypes.All)}"));
            }
        }

        if (violations.Count > 0)
        {
            RpcErrors.InvalidArgument(violations);
        }

        return [.. request.EventTypes];
    }
}
