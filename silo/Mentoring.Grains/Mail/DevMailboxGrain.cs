using System.Collections.Immutable;
using Mentoring.Abstractions.Mail;

namespace Mentoring.Grains.Mail;

/// <inheritdoc cref="IDevMailboxGrain"/>
/// <remarks>Keeps the newest <see cref="Capacity"/> messages: it is a window for trying the flow on one machine, not an archive.</remarks>
public sealed class DevMailboxGrain(
    [PersistentState(StorageNames.DevMailboxState, StorageNames.Provider)] IPersistentState<DevMailboxState> state) : Grain, IDevMailboxGrain
{
    public const int Capacity = 1000;

    async Task IDevMailboxGrain.DeliverAsync(ImmutableArray<MailMessage> messages, CancellationToken cancellationToken)
    {
        var ids = messages.Select(m => m.MessageId).ToHashSet(StringComparer.Ordinal);
        var kept = state.State.Messages.Where(m => !ids.Contains(m.MessageId)).Concat(messages).ToList();
        await ReplaceAsync(kept.Count > Capacity ? kept.GetRange(kept.Count - Capacity, Capacity) : kept, cancellationToken);
    }

    Task<DevMailboxPage> IDevMailboxGrain.ListAsync(int offset, int count, CancellationToken cancellationToken)
    {
        var messages = state.State.Messages;
        var from = Math.Clamp(offset, 0, messages.Count);
        var taken = Math.Clamp(count, 0, messages.Count - from);
        var page = Enumerable.Range(from, taken).Select(i => messages[messages.Count - 1 - i]).ToImmutableArray();
        return Task.FromResult(new DevMailboxPage(page, from + taken < messages.Count ? from + taken : null));
    }

    async Task<int> IDevMailboxGrain.ForgetAsync(string participantId, CancellationToken cancellationToken)
    {
        var kept = state.State.Messages.Where(m => !m.Concerns(participantId)).ToList();
        var dropped = state.State.Messages.Count - kept.Count;
        if (dropped > 0)
        {
            await ReplaceAsync(kept, cancellationToken);
        }

        return dropped;
    }

    async Task IDevMailboxGrain.ClearAsync(CancellationToken cancellationToken)
    {
        await state.ClearStateAsync(cancellationToken);
        DeactivateOnIdle();
    }

    // Memory always equals the stored row: a failed write restores what was there.
    private async Task ReplaceAsync(List<MailMessage> messages, CancellationToken cancellationToken)
    {
        var previous = state.State.Messages;
        state.State.Messages = messages;
        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        catch
        {
            state.State.Messages = previous;
            throw;
        }
    }
}
