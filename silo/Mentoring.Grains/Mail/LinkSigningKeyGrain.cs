using System.Collections.Immutable;
using System.Security.Cryptography;
using Mentoring.Abstractions.Mail;

namespace Mentoring.Grains.Mail;

/// <inheritdoc cref="ILinkSigningKeyGrain"/>
public sealed class LinkSigningKeyGrain(
    [PersistentState(StorageNames.LinkSigningKeyState, StorageNames.Provider)] IPersistentState<LinkSigningKeyState> state) : Grain, ILinkSigningKeyGrain
{
    async Task<ImmutableArray<byte>> ILinkSigningKeyGrain.GetAsync(CancellationToken cancellationToken)
    {
        if (state.State.Key.Length == 0)
        {
            var key = RandomNumberGenerator.GetBytes(32);
            state.State.Key = key;
            try
            {
                await state.WriteStateAsync(cancellationToken);
            }
            catch
            {
                // Never hand out a key that is not stored: links signed with it would stop working after a restart.
                state.State.Key = [];
                throw;
            }
        }

        return [.. state.State.Key];
    }
}
