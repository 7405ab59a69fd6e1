using System.Collections.Immutable;
using Mentoring.Abstractions.Security;

namespace Mentoring.Grains.Security;

/// <inheritdoc cref="IAuditSegmentGrain"/>
/// <remarks>Memory always equals the stored row: a failed write restores what was there, so nothing unstored is ever read.</remarks>
public sealed class AuditSegmentGrain(
    [PersistentState(StorageNames.AuditSegmentState, StorageNames.Provider)] IPersistentState<AuditSegmentState> state) : Grain, IAuditSegmentGrain
{
    Task<int> IAuditSegmentGrain.CountAsync(CancellationToken cancellationToken) => Task.FromResult(state.State.Records.Count);

    async Task<int> IAuditSegmentGrain.AppendAsync(AuditRecord record, int position, CancellationToken cancellationToken)
    {
        var records = state.State.Records;
        if (records.Count != position)
        {
            return records.Count;
        }

        records.Add(record);
        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        catch
        {
            records.RemoveAt(records.Count - 1);
            throw;
        }

        return position;
    }

    Task<ImmutableArray<AuditRecord>> IAuditSegmentGrain.ReadAsync(int start, int count, CancellationToken cancellationToken)
    {
        var records = state.State.Records;
        var from = Math.Clamp(start, 0, records.Count);
        return Task.FromResult(records.GetRange(from, Math.Clamp(count, 0, records.Count - from)).ToImmutableArray());
    }

    Task<ImmutableArray<AuditRecord>> IAuditSegmentGrain.FindAsync(string resourceName, CancellationToken cancellationToken) =>
        Task.FromResult(state.State.Records.Where(r => r.Resource == resourceName).ToImmutableArray());

    async Task<int> IAuditSegmentGrain.RedactAsync(string resourceName, string replacement, bool wholeResource, CancellationToken cancellationToken)
    {
        AuditRedaction.Validate(resourceName, replacement, wholeResource);
        var changed = 0;
        var redacted = state.State.Records.ConvertAll(r =>
        {
            var resource = !AuditRedaction.Covers(resourceName, r.Resource) ? r.Resource
                : wholeResource ? replacement
                : AuditRedaction.Apply(resourceName, replacement, r.Resource);
            if (resource == r.Resource)
            {
                return r;
            }

            changed++;
            return r with { Resource = resource };
        });
        if (changed > 0)
        {
            await ReplaceAsync(redacted, cancellationToken);
        }

        return changed;
    }

    Task IAuditSegmentGrain.ImportAsync(ImmutableArray<AuditRecord> records, CancellationToken cancellationToken) =>
        ReplaceAsync([.. records], cancellationToken);

    private async Task ReplaceAsync(List<AuditRecord> records, CancellationToken cancellationToken)
    {
        var previous = state.State.Records;
        state.State.Records = records;
        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        catch
        {
            state.State.Records = previous;
            throw;
        }
    }
}
