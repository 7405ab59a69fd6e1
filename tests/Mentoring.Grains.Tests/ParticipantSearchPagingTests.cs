using System.Collections.Immutable;
using Mentoring.Abstractions;
using Mentoring.Domain;
using Mentoring.Grains.Tests.Support;
using Mentoring.Storage.Participants;

namespace Mentoring.Grains.Tests;

/// <summary>
/// A search examines at most <see cref="ParticipantSearch.MaxExaminedPerPage"/> participants per page, so a rare match
/// far down a large programme costs several calls, each bounded, and is still found in id order.
/// </summary>
public sealed class ParticipantSearchPagingTests
{
    private const string Programme = "search-budget";

    [Fact]
    public async Task A_search_stops_a_page_after_the_examination_budget_and_resumes_after_the_last_participant_examined()
    {
        var store = new ListedStore(Enumerable.Range(0, 12_000)
            .Select(i => ParticipantBuilder.In(Programme).WithId($"p-{i:D5}").Named(i is 5 or 11_000 ? $"Needle {i}" : $"Person {i}").Build()));
        // The grain factory is not used by a listing.
        var membership = new ProgrammeMembership(null!, store, Programme);

        var first = await membership.ListAsync(ParticipantCursor.Start, 10, role: null, "needle", CancellationToken.None);
        var examinedByFirst = store.Returned;
        var second = await membership.ListAsync(first.Next!, 10, role: null, "needle", CancellationToken.None);

        Assert.Equal(["p-00005"], first.Participants.Select(p => p.Participant.Id));
        Assert.Equal(ParticipantSearch.MaxExaminedPerPage, examinedByFirst);
        Assert.Equal(new ParticipantCursor($"p-{ParticipantSearch.MaxExaminedPerPage - 1:D5}"), first.Next);
        Assert.Equal(["p-11000"], second.Participants.Select(p => p.Participant.Id));
        Assert.Null(second.Next);
    }

    [Fact]
    public async Task A_full_page_of_matches_has_a_next_page_only_when_another_match_follows()
    {
        var store = new ListedStore(Enumerable.Range(0, 40)
            .Select(i => ParticipantBuilder.In(Programme).WithId($"p-{i:D5}").Named(i % 10 == 0 ? $"Needle {i}" : $"Person {i}").Build()));
        var membership = new ProgrammeMembership(null!, store, Programme);

        var first = await membership.ListAsync(ParticipantCursor.Start, 2, role: null, "NEEDLE", CancellationToken.None);
        var second = await membership.ListAsync(first.Next!, 2, role: null, "NEEDLE", CancellationToken.None);

        Assert.Equal(["p-00000", "p-00010"], first.Participants.Select(p => p.Participant.Id));
        Assert.Equal(new ParticipantCursor("p-00010"), first.Next);
        Assert.Equal(["p-00020", "p-00030"], second.Participants.Select(p => p.Participant.Id));
        Assert.Null(second.Next);
    }

    /// <summary>Participants in id order, answering the listing read as the participants table does, counting the rows it returns.</summary>
    private sealed class ListedStore(IEnumerable<Participant> participants) : IParticipantStore
    {
        private readonly ParticipantState[] _states = [.. participants.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => new ParticipantState { Participant = p, Version = 1 })];

        public int Returned { get; private set; }

        public Task<ImmutableArray<ParticipantState>> ListAsync(string programmeId, string? afterId, int limit, ParticipantRole? role, CancellationToken cancellationToken)
        {
            ImmutableArray<ParticipantState> page = [.. _states
                .Where(s => afterId is null || string.CompareOrdinal(s.Participant!.Id, afterId) > 0)
                .Where(s => role is null || s.Participant!.Role == role)
                .Take(limit)];
            Returned += page.Length;
            return Task.FromResult(page);
        }

        public IAsyncEnumerable<ParticipantState> ScanAsync(string programmeId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<ParticipantVersion>> VersionsAsync(string programmeId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ImmutableArray<StoredParticipant>> ReadManyAsync(string programmeId, IReadOnlyList<string> participantIds, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<string>> ListIdsAsync(string programmeId, string? afterId, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> AnyAsync(string programmeId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ImmutableArray<Participant?>> ReadProfilesAsync(string programmeId, IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
