using System.Collections.Immutable;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;
using Mentoring.Storage.Faults;

namespace Mentoring.Grains.Matches;

/// <inheritdoc cref="IMatchOverridesGrain"/>
/// <remarks>
/// Overrides of one programme run one at a time here. Judged first (no write on a refusal), then journalled, then the
/// steps, each idempotent: the assigned mentor's slot, the new page, the replaced matches ended and their slots released,
/// the new matches made ACTIVE, the journal marked done. A crash between steps leaves the mentee without an open
/// match (never with two: one mentee slot) until the retry with the same request id runs the remaining steps.
/// </remarks>
public sealed class MatchOverridesGrain(
    [PersistentState(StorageNames.MatchOverridesState, StorageNames.Provider)] IPersistentState<MatchOverridesState> state,
    TimeProvider clock,
    StorageRetry retry,
    IEnumerable<IOverrideStepObserver> observers) : Grain, IMatchOverridesGrain
{
    async Task<OverrideResult> IMatchOverridesGrain.AssignAsync(string requestId, string menteeId, string mentorId, CancellationToken cancellationToken)
    {
        var request = $"assign {menteeId} {mentorId}";
        if (Journalled(requestId, request) is { } known)
        {
            return known.Refusal ?? await RunAsync(requestId, known.Entry!, cancellationToken);
        }

        var (plan, refusal) = await Planner.AssignAsync(request, NewRoundId(), menteeId, mentorId, state.State.RoundIds, cancellationToken);
        return refusal ?? await StartAsync(requestId, plan!, cancellationToken);
    }

    async Task<OverrideResult> IMatchOverridesGrain.SwapAsync(string requestId, MatchAddress first, MatchAddress second, CancellationToken cancellationToken)
    {
        var request = $"swap {first.RoundId}/{first.MenteeId} {second.RoundId}/{second.MenteeId}";
        if (Journalled(requestId, request) is { } known)
        {
            return known.Refusal ?? await RunAsync(requestId, known.Entry!, cancellationToken);
        }

        var (plan, refusal) = await Planner.SwapAsync(request, NewRoundId(), first, second, cancellationToken);
        return refusal ?? await StartAsync(requestId, plan!, cancellationToken);
    }

    Task<ImmutableArray<string>> IMatchOverridesGrain.RoundIdsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(state.State.RoundIds.ToImmutableArray());

    async Task IMatchOverridesGrain.ForgetAsync(string participantId, string pseudonym, CancellationToken cancellationToken)
    {
        bool Names(MatchOverride entry) =>
            entry.Request.Split(' ', '/').Contains(participantId) || entry.NewMatches.Any(m => m.MenteeId == participantId || m.MentorId == participantId);
        string Replace(string id) => id == participantId ? pseudonym : id;
        if (!state.State.ByRequest.Values.Any(Names))
        {
            return;
        }

        var next = state.State.ByRequest.ToImmutableDictionary(
            pair => pair.Key,
            pair => !Names(pair.Value) ? pair.Value : pair.Value with
            {
                Request = string.Join(' ', pair.Value.Request.Split(' ').Select(part => string.Join('/', part.Split('/').Select(Replace)))),
                NewMatches = [.. pair.Value.NewMatches.Select(m => m with { MenteeId = Replace(m.MenteeId), MentorId = Replace(m.MentorId) })],
                Replaced = [.. pair.Value.Replaced.Select(m => m with { MenteeId = Replace(m.MenteeId) })],
                MentorToReserve = pair.Value.MentorToReserve is { } mentor ? Replace(mentor) : null,
            });
        await SaveAsync(state.State with { ByRequest = next }, cancellationToken);
    }

    async Task IMatchOverridesGrain.ClearAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(state.State.RoundIds.Select(roundId => Page(roundId).ClearAsync(cancellationToken)));
        await state.ClearStateAsync(cancellationToken);
        state.State = new MatchOverridesState();
        DeactivateOnIdle();
    }

    private (MatchOverride? Entry, OverrideResult? Refusal)? Journalled(string requestId, string request)
    {
        if (!state.State.ByRequest.TryGetValue(requestId, out var entry))
        {
            return null;
        }

        return entry.Request == request
            ? (entry, null)
            : (null, OverrideResult.Refused(OverrideStatus.Invalid, requestId, "the request id was used for a different override"));
    }

    private async Task<OverrideResult> StartAsync(string requestId, MatchOverride plan, CancellationToken cancellationToken)
    {
        await SaveAsync(state.State with
        {
            ByRequest = state.State.ByRequest.SetItem(requestId, plan),
            RoundIds = state.State.RoundIds.Add(plan.RoundId),
        }, cancellationToken);
        await CompletedAsync(requestId, OverrideStep.Journalled, cancellationToken);
        return await RunAsync(requestId, plan, cancellationToken);
    }

    private async Task<OverrideResult> RunAsync(string requestId, MatchOverride entry, CancellationToken cancellationToken)
    {
        var page = Page(entry.RoundId);
        if (!entry.Done)
        {
            if (entry.MentorToReserve is { } mentorId)
            {
                var name = MatchKeys.Match(ProgrammeId, entry.RoundId, entry.NewMatches[0].MenteeId);
                var slot = await GrainFactory.GetGrain<IParticipantGrain>(GrainKeys.Participant(ProgrammeId, mentorId))
                    .ReserveMatchSlotAsync(name, MatchRole.Mentor, cancellationToken);
                if (slot != MatchSlot.Reserved)
                {
                    // Taken since it was judged: nothing else was written yet, so the override is forgotten.
                    await SaveAsync(state.State with
                    {
                        ByRequest = state.State.ByRequest.Remove(requestId),
                        RoundIds = state.State.RoundIds.Remove(entry.RoundId),
                    }, cancellationToken);
                    return OverrideResult.Refused(
                        slot == MatchSlot.Full ? OverrideStatus.Refused : OverrideStatus.NotFound,
                        GrainKeys.Participant(ProgrammeId, mentorId),
                        slot == MatchSlot.Full ? "the mentor has no free slot" : "the participant does not exist",
                        slot == MatchSlot.Full ? OverridePlanner.MentorCapacityRule : null);
                }

                await CompletedAsync(requestId, OverrideStep.MentorReserved, cancellationToken);
            }

            await page.SetAsync(new RoundMatchPage(entry.NewMatches, [], false), cancellationToken);
            await CompletedAsync(requestId, OverrideStep.PageStored, cancellationToken);
            foreach (var replaced in entry.Replaced)
            {
                if (await GrainFactory.FindAsync(ProgrammeId, replaced.RoundId, replaced.MenteeId, cancellationToken) is { } old)
                {
                    await old.SupersedeAsync(replaced.MenteeId, OverrideReasons.Reassigned, cancellationToken);
                }
            }

            await CompletedAsync(requestId, OverrideStep.Replaced, cancellationToken);
            foreach (var match in entry.NewMatches)
            {
                await page.ActivateAsync(match.MenteeId, cancellationToken);
            }

            await CompletedAsync(requestId, OverrideStep.Activated, cancellationToken);

            await SaveAsync(state.State with { ByRequest = state.State.ByRequest.SetItem(requestId, entry with { Done = true }) }, cancellationToken);
        }

        var matches = await Task.WhenAll(entry.NewMatches.Select(m => page.GetMatchAsync(m.MenteeId, cancellationToken)));
        return new OverrideResult(OverrideStatus.Done, [.. matches.OfType<MatchSnapshot>()]);
    }

    // As in ParticipantGrain: the activation shows only what is durable; after a failed write the next call reads the row.
    private async Task SaveAsync(MatchOverridesState next, CancellationToken cancellationToken)
    {
        var previous = state.State;
        state.State = next;
        try
        {
            await state.WriteStateAsync(retry, cancellationToken);
        }
        catch
        {
            state.State = previous;
            DeactivateOnIdle();
            throw;
        }
    }

    private async Task CompletedAsync(string requestId, OverrideStep step, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            await observer.CompletedAsync(requestId, step, cancellationToken);
        }
    }

    private OverridePlanner Planner => new(GrainFactory, ProgrammeId);

    private IRoundResultPageGrain Page(string roundId) => GrainFactory.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(ProgrammeId, roundId, 0));

    // Sortable by time, unique, never all digits, and marked as an override's by its first letter.
    private string NewRoundId() => $"{MatchKeys.OverrideRoundPrefix}{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}";

    // "programmes/{programme}/overrides"
    private string ProgrammeId => this.GetPrimaryKeyString().Split('/')[1];
}
