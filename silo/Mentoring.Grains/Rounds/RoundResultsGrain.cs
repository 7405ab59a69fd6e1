using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Mentoring.Storage.Faults;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Mentoring.Grains.Rounds;

/// <inheritdoc cref="IRoundResultsGrain"/>
/// <remarks>
/// The page index stays in the coordinator's row (state "round"), so stored rounds need no migration: the coordinator
/// writes that row until the round is final, and only this grain writes it after (erasure), once the round is done.
/// </remarks>
public sealed class RoundResultsGrain(
    [FromKeyedServices(StorageNames.Provider)] IGrainStorage storage,
    StorageRetry retry) : Grain, IRoundResultsGrain
{
    private GrainState<RoundState>? _round;

    async Task<int?> IRoundResultsGrain.FindMatchPageAsync(string menteeId, CancellationToken cancellationToken) =>
        await RoundAsync(cancellationToken) is { Spec.DryRun: false, Progress.Phase: RoundPhase.Done, PageFirstMentees: { IsDefault: false } firsts } round
            ? Pseudonyms.IsPseudonym(menteeId)
                ? round.PseudonymPages.TryGetValue(menteeId, out var page) ? page : null
                : MatchPageIndex.Find(firsts, menteeId)
            : null;

    async Task<int> IRoundResultsGrain.StoredPageCountAsync(CancellationToken cancellationToken) =>
        StoredPages(await RoundAsync(cancellationToken));

    async Task IRoundResultsGrain.ForgetMenteeAsync(string menteeId, string pseudonym, int page, CancellationToken cancellationToken)
    {
        // A round that is not done has published no page (MatchPageCount 0), so only a final row is ever written here.
        var round = await RoundAsync(cancellationToken);
        if (round.Spec is not { } spec || page < 0 || page >= round.MatchPageCount)
        {
            return;
        }

        var firsts = round.PageFirstMentees.IsDefault ? [] : round.PageFirstMentees;
        var liveFirst = firsts.Contains(menteeId)
            ? await GrainFactory.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(spec.ProgrammeId, spec.RoundId, page)).FirstLiveMenteeAsync(cancellationToken)
            : null;
        var next = round with
        {
            PageFirstMentees = MatchPageIndex.Without(firsts, menteeId, page, liveFirst),
            PseudonymPages = round.PseudonymPages.SetItem(pseudonym, page),
        };
        if (next.PageFirstMentees != firsts || !round.PseudonymPages.ContainsKey(pseudonym))
        {
            await WriteAsync(next, cancellationToken);
        }
    }

    async Task IRoundResultsGrain.PurgeAsync(CancellationToken cancellationToken)
    {
        var coordinator = GrainFactory.GetGrain<IRoundCoordinatorGrain>(this.GetPrimaryKeyString());
        await coordinator.CancelAsync(cancellationToken);

        // Cancelling wrote the row: read it afresh for the pages a cancelled or failed round may have stored.
        _round = null;
        var round = await RoundAsync(cancellationToken);
        if (round.Spec is { } spec)
        {
            await Task.WhenAll(Enumerable.Range(0, StoredPages(round)).Select(page =>
                GrainFactory.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(spec.ProgrammeId, spec.RoundId, page)).ClearAsync(cancellationToken)));
            await coordinator.DeleteAsync(cancellationToken);
        }

        _round = null;
        DeactivateOnIdle();
    }

    // Rounds recorded before StoredPageCount existed stored exactly their published pages.
    private static int StoredPages(RoundState round) => Math.Max(round.StoredPageCount, round.MatchPageCount);

    private GrainId CoordinatorRow => GrainFactory.GetGrain<IRoundCoordinatorGrain>(this.GetPrimaryKeyString()).GetGrainId();

    // A final row changes only through this grain, so it is kept; a running round's row is read on every call.
    private async Task<RoundState> RoundAsync(CancellationToken cancellationToken)
    {
        if (_round is not { State.Progress.IsFinal: true })
        {
            var row = new GrainState<RoundState>(new RoundState());
            await retry.RunAsync("reading the round's results", (_, _) => storage.ReadStateAsync(StorageNames.RoundState, CoordinatorRow, row), cancellationToken);
            row.State ??= new RoundState();
            _round = row;
        }

        return _round.State;
    }

    private Task WriteAsync(RoundState next, CancellationToken cancellationToken) =>
        retry.RunAsync("writing the round's page index", async (attempt, _) =>
        {
            if (attempt > 1)
            {
                // The lost write may have landed and moved the etag: read it, then write the same state again.
                await storage.ReadStateAsync(StorageNames.RoundState, CoordinatorRow, _round!);
            }

            _round!.State = next;
            await storage.WriteStateAsync(StorageNames.RoundState, CoordinatorRow, _round);
        }, cancellationToken);
}
