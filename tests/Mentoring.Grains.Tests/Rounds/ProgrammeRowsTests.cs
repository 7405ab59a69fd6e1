using System.Collections.Immutable;
using CsCheck;
using Mentoring.Domain;
using Mentoring.Grains.Rounds;
using Mentoring.Grains.Tests.Support;
using Mentoring.Storage.Participants;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>
/// The recommendation cache's incremental read: after any mix of creates, updates and deletes, a read over the previous
/// one holds exactly the stored profiles in ordinal id order, and decodes only the rows that changed.
/// </summary>
public sealed class ProgrammeRowsTests
{
    private const string Programme = "rows";

    [Fact]
    public async Task A_second_read_decodes_only_the_changed_and_new_rows_and_drops_the_deleted_ones()
    {
        var store = new VersionedStore();
        foreach (var id in new[] { "b", "a", "c", "d" })
        {
            store.Put(Person(id, "first"));
        }

        var first = await ProgrammeRows.ReadAsync(store, Programme, null, default);
        store.Put(Person("b", "second"));
        store.Put(Person("e", "new"));
        store.Delete("c");
        store.ReadIds.Clear();
        var second = await ProgrammeRows.ReadAsync(store, Programme, first, default);

        Assert.Equal(4, first.Decoded);
        Assert.Equal(["a", "b", "c", "d"], first.Participants.Select(p => p.Id));
        Assert.Equal(2, second.Decoded);
        Assert.Equal(["b", "e"], store.ReadIds.Order(StringComparer.Ordinal));
        Assert.Equal(["a", "b", "d", "e"], second.Participants.Select(p => p.Id));
        Assert.Equal("second", second.Participants[1].DisplayName);
        Assert.Same(first.Participants[0], second.Participants[0]);
    }

    [Fact]
    public async Task After_any_changes_a_read_equals_the_store_and_decodes_exactly_the_changed_rows()
    {
        var change = Gen.Select(Gen.Int[0, 39], Gen.Int[0, 2]);
        await Gen.Select(change.Array[0, 30], change.Array[0, 30]).SampleAsync(async sample =>
        {
            var (before, between) = sample;
            var store = new VersionedStore();
            Apply(store, before);
            var first = await ProgrammeRows.ReadAsync(store, Programme, null, default);
            var storedFirst = store.Count;
            var changed = Apply(store, between);
            var second = await ProgrammeRows.ReadAsync(store, Programme, first, default);

            Assert.Equal(store.Current().Select(p => (p.Id, p.DisplayName)), second.Participants.Select(p => (p.Id, p.DisplayName)));
            Assert.Equal(storedFirst, first.Decoded);
            Assert.Equal(changed.Count(id => store.Has(id)), second.Decoded);
        }, iter: 200);
    }

    // Writes (kind 0, 1) or deletes (kind 2) participant "p{n}"; answers the ids touched.
    private static HashSet<string> Apply(VersionedStore store, (int Person, int Kind)[] changes)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (person, kind) in changes)
        {
            var id = $"p{person}";
            if (kind == 2)
            {
                store.Delete(id);
            }
            else
            {
                store.Put(Person(id, $"v{store.NextVersion}"));
            }

            touched.Add(id);
        }

        return touched;
    }

    private static Participant Person(string id, string name) => ParticipantBuilder.In(Programme).WithId(id).Named(name).Build();

    /// <summary>Profiles with row versions that grow on every write, answering the two reads the incremental read uses.</summary>
    private sealed class VersionedStore : IParticipantStore
    {
        private readonly SortedDictionary<string, StoredParticipant> _rows = new(StringComparer.Ordinal);

        public long NextVersion { get; private set; } = 1;

        public List<string> ReadIds { get; } = [];

        public int Count => _rows.Count;

        public void Put(Participant participant) =>
            _rows[participant.Id] = new StoredParticipant(NextVersion++, new ParticipantState { Participant = participant, Version = 1 });

        public void Delete(string id) => _rows.Remove(id);

        public bool Has(string id) => _rows.ContainsKey(id);

        public IEnumerable<Participant> Current() => _rows.Values.Select(row => row.State.Participant!);

        public Task<IReadOnlyList<ParticipantVersion>> VersionsAsync(string programmeId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ParticipantVersion>>([.. _rows.Select(row => new ParticipantVersion(row.Key, row.Value.RowVersion))]);

        public Task<ImmutableArray<StoredParticipant>> ReadManyAsync(string programmeId, IReadOnlyList<string> participantIds, CancellationToken cancellationToken)
        {
            ReadIds.AddRange(participantIds);
            return Task.FromResult<ImmutableArray<StoredParticipant>>([.. participantIds.Where(_rows.ContainsKey).Order(StringComparer.Ordinal).Select(id => _rows[id])]);
        }

        public Task<ImmutableArray<ParticipantState>> ListAsync(string programmeId, string? afterId, int limit, ParticipantRole? role, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public IAsyncEnumerable<ParticipantState> ScanAsync(string programmeId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<string>> ListIdsAsync(string programmeId, string? afterId, int limit, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<bool> AnyAsync(string programmeId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ImmutableArray<Participant?>> ReadProfilesAsync(string programmeId, IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
