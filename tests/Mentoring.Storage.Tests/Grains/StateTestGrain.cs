namespace Mentoring.Storage.Tests.Grains;

public sealed class StateTestGrain(
    [PersistentState("mentoring-storage-test-state", TestSilo.StorageName)] IPersistentState<TestGrainState> state)
    : Grain, IStateTestGrain
{
    private readonly IPersistentState<TestGrainState> _state = state;

    public Task WriteAsync(string value)
    {
        _state.State = new TestGrainState { Value = value };
        return _state.WriteStateAsync();
    }

    public Task<string?> ReadAsync() => Task.FromResult(_state.State.Value);

    public Task<string?> GetETagAsync() => Task.FromResult(_state.Etag);

    public Task ClearAsync() => _state.ClearStateAsync();
}
