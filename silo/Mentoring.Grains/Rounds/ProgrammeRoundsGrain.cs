using System.Collections.Immutable;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Mentoring.Storage.Faults;

namespace Mentoring.Grains.Rounds;

/// <inheritdoc cref="IProgrammeRoundsGrain"/>
public sealed class ProgrammeRoundsGrain(
    [PersistentState(StorageNames.ProgrammeRoundsState, StorageNames.Provider)] IPersistentState<ProgrammeRoundsState> state,
    TimeProvider clock,
    StorageRetry retry) : Grain, IProgrammeRoundsGrain
{
    async Task<StartRoundResult> IProgrammeRoundsGrain.StartAsync(
        string requestId, RoundScope scope, SolverMode? solver, bool dryRun, MatchingPolicy? policy, CancellationToken cancellationToken)
    {
        var programmeId = ProgrammeId;
        if (state.State.RoundByRequest.TryGetValue(requestId, out var existing))
        {
            return await ExistingAsync(existing, cancellationToken);
        }

        if (await GrainFactory.GetGrain<IProgrammeGrain>(GrainKeys.Programme(programmeId)).GetAsync(cancellationToken) is null)
        {
            return new(StartRoundStatus.ProgrammeNotFound, null);
        }

        if (await RunningAsync(cancellationToken) is { } running)
        {
            return new(StartRoundStatus.AnotherRoundRunning, running);
        }

        var roundId = NewRoundId();
        state.State.RoundIds.Add(roundId);
        state.State.RoundByRequest[requestId] = roundId;
        state.State.ActiveRoundId = roundId;
        await state.WriteStateAsync(retry, cancellationToken);

        var spec = new RoundSpec(programmeId, roundId, requestId, scope, solver, dryRun, policy);
        return new(StartRoundStatus.Started, await Coordinator(roundId).StartAsync(spec, cancellationToken));
    }

    // A retried request returns its round; if that round failed (e.g. storage was down while publishing), it runs again.
    private async Task<StartRoundResult> ExistingAsync(string roundId, CancellationToken cancellationToken)
    {
        var round = await Coordinator(roundId).GetAsync(cancellationToken);
        if (round is not { Progress.Phase: RoundPhase.Failed })
        {
            return new(StartRoundStatus.Existing, round);
        }

        if (await RunningAsync(cancellationToken) is { } running && running.Spec.RoundId != roundId)
        {
            return new(StartRoundStatus.AnotherRoundRunning, running);
        }

        state.State.ActiveRoundId = roundId;
        await state.WriteStateAsync(retry, cancellationToken);
        return new(StartRoundStatus.Existing, await Coordinator(roundId).RetryAsync(cancellationToken));
    }

    private async Task<RoundSnapshot?> RunningAsync(CancellationToken cancellationToken) =>
        state.State.ActiveRoundId is { } active && await Coordinator(active).GetAsync(cancellationToken) is { Progress.IsFinal: false } running
            ? running
            : null;

    Task<(ImmutableArray<string> RoundIds, bool HasMore)> IProgrammeRoundsGrain.ListAsync(string? afterRoundId, int limit, CancellationToken cancellationToken)
    {
        var newestFirst = Enumerable.Reverse(state.State.RoundIds);
        if (afterRoundId is not null)
        {
            newestFirst = newestFirst.SkipWhile(id => id != afterRoundId).Skip(1);
        }

        var page = newestFirst.Take(limit + 1).ToList();
        return Task.FromResult((page.Take(limit).ToImmutableArray(), page.Count > limit));
    }

    Task<ImmutableArray<string>> IProgrammeRoundsGrain.PublishedRoundsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(state.State.PublishedRoundIds.ToImmutableArray());

    async Task IProgrammeRoundsGrain.RoundFinishedAsync(string roundId, bool published, CancellationToken cancellationToken)
    {
        var changed = false;
        if (state.State.ActiveRoundId == roundId)
        {
            state.State.ActiveRoundId = null;
            changed = true;
        }

        if (published && !state.State.PublishedRoundIds.Contains(roundId))
        {
            state.State.PublishedRoundIds.Add(roundId);
            changed = true;
        }

        if (changed)
        {
            await state.WriteStateAsync(retry, cancellationToken);
        }
    }

    async Task IProgrammeRoundsGrain.ClearAsync(CancellationToken cancellationToken)
    {
        await state.ClearStateAsync(cancellationToken);
        state.State = new ProgrammeRoundsState();
        DeactivateOnIdle();
    }

    private string ProgrammeId => this.GetPrimaryKeyString().Split('/')[1];

    // Sortable by start time, unique, and never all digits.
    private string NewRoundId() => $"r{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}";

    private IRoundCoordinatorGrain Coordinator(string roundId) =>
        GrainFactory.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(ProgrammeId, roundId));
}
