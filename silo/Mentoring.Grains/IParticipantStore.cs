using System.Collections.Immutable;
using Mentoring.Domain;
using Mentoring.Storage.Participants;

namespace Mentoring.Grains;

/// <summary>
/// Reads of the participants table, where each participant grain's state is its one row: listings, round snapshots
/// and erasure read the rows the grains wrote, never a copy. Every read is in ascending ordinal id order.
/// </summary>
public interface IParticipantStore
{
    /// <summary>Up to <paramref name="limit"/> participants with a profile after <paramref name="afterId"/>, optionally of one role.</summary>
    Task<ImmutableArray<ParticipantState>> ListAsync(string programmeId, string? afterId, int limit, ParticipantRole? role, CancellationToken cancellationToken);

    /// <summary>Every profile of the programme, streamed.</summary>
    IAsyncEnumerable<ParticipantState> ScanAsync(string programmeId, CancellationToken cancellationToken);

    /// <summary>The id and version of every participant with a profile: what a holder of decoded profiles compares to read again only the changed ones.</summary>
    Task<IReadOnlyList<ParticipantVersion>> VersionsAsync(string programmeId, CancellationToken cancellationToken);

    /// <summary>The participants among <paramref name="participantIds"/> that have a profile, in ascending id order, with their row versions.</summary>
    Task<ImmutableArray<StoredParticipant>> ReadManyAsync(string programmeId, IReadOnlyList<string> participantIds, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> ids of any stored participant (one being erased too) after <paramref name="afterId"/>.</summary>
    Task<IReadOnlyList<string>> ListIdsAsync(string programmeId, string? afterId, int limit, CancellationToken cancellationToken);

    /// <summary>The profiles of the participants <paramref name="ids"/> names, in that order; null for one without a profile (erased, never written).</summary>
    Task<ImmutableArray<Participant?>> ReadProfilesAsync(string programmeId, IReadOnlyList<string> ids, CancellationToken cancellationToken);

    /// <summary>Whether the programme has a participant with a profile.</summary>
    Task<bool> AnyAsync(string programmeId, CancellationToken cancellationToken);
}
