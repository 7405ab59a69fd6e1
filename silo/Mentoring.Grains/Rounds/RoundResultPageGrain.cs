using Mentoring.Abstractions.Rounds;

namespace Mentoring.Grains.Rounds;

/// <inheritdoc cref="IRoundResultPageGrain"/>
public sealed class RoundResultPageGrain(
    [PersistentState(StorageNames.RoundPageState, StorageNames.Provider)] IPersistentState<RoundPageState> state) : Grain, IRoundResultPageGrain
{
    async Task IRoundResultPageGrain.SetAsync(RoundMatchPage page, CancellationToken cancellationToken)
    {
        state.State = new RoundPageState { Page = page };
        await state.WriteStateAsync(cancellationToken);
    }

    Task<RoundMatchPage?> IRoundResultPageGrain.GetAsync(CancellationToken cancellationToken) => Task.FromResult(state.State.Page);
}
