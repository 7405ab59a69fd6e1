using Mentoring.Abstractions.Security;

namespace Mentoring.Grains.Security;

/// <inheritdoc cref="IAuditLogGrain"/>
public sealed class AuditLogGrain(
    [PersistentState(StorageNames.AuditLogState, StorageNames.Provider)] IPersistentState<AuditLogState> state) : Grain, IAuditLogGrain
{
    async Task IAuditLogGrain.AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        state.State.Records.Add(record);
        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        catch
        {
            // Only what is stored may be listed.
            state.State.Records.RemoveAt(state.State.Records.Count - 1);
            throw;
        }
    }

    Task<AuditPage> IAuditLogGrain.ListAsync(long? before, int limit, CancellationToken cancellationToken)
    {
        var records = state.State.Records;
        var end = (int)Math.Clamp(before ?? records.Count, 0, records.Count);
        var start = Math.Max(0, end - limit);
        var page = records.GetRange(start, end - start);
        page.Reverse();
        return Task.FromResult(new AuditPage([.. page], start > 0 ? start : null));
    }
}
