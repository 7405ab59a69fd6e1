using Mentoring.Abstractions;
using Mentoring.Grains.Tests.Support;
using Mentoring.Storage.Faults;
using Mentoring.Testing;

namespace Mentoring.Grains.Tests;

/// <summary>A participant write that meets a dropped database connection fails in words the caller can act on.</summary>
// Its own database and silo: the connections it drops are no other test's.
[Collection(StorageFaultCollection.Name)]
public sealed class ParticipantStorageFaultTests : IAsyncLifetime
{
    private readonly PostgresFixture _database = new();
    private MentoringTestCluster _cluster = null!;

    private IClusterClient Grains => _cluster.Client;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _cluster = await MentoringTestCluster.StartAsync(TestStorage.PostgreSql(_database.ConnectionString), silos: 1, serviceId: "mentoring-participant-faults");
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_write_on_a_connection_the_server_dropped_fails_as_a_transient_storage_fault_and_a_retry_with_the_same_etag_succeeds()
    {
        var programmeId = TestIds.Programme("fault");
        await Grains.CreateProgrammeAsync(programmeId);
        var created = (await Grains.CreateParticipantsAsync([ParticipantBuilder.In(programmeId).WithId("ada").Named("Ada").Build()]))[0];
        var grain = Grains.Participant(programmeId, "ada");
        var renamed = ParticipantBuilder.In(programmeId).WithId("ada").Named("Ada Lovelace").Build();

        // The silo's participants pool still holds the connection the create used; the server now drops it.
        Assert.True(await new BackendTerminator(_database.ConnectionString).TerminateAllAsync() > 0);
        var failed = await Assert.ThrowsAsync<OrleansException>(() => grain.WriteAsync(renamed, WriteMode.Update, created.Etag));

        // Orleans' storage wrapper holds the fault, which crossed to the client whole (a database exception would not).
        var fault = Assert.IsType<TransientStorageFaultException>(failed.InnerException);
        Assert.StartsWith("Writing the row of", fault.Message);
        Assert.Contains("57P01", fault.Message);
        var retried = await Eventually.SucceedsAsync(
            async () => (WriteResult<ParticipantSnapshot>?)await grain.WriteAsync(renamed, WriteMode.Update, created.Etag), TimeSpan.FromSeconds(30), "the update retried after the fault");
        Assert.Equal(WriteStatus.Updated, retried.Status);
        Assert.Equal("Ada Lovelace", (await grain.GetAsync())!.Participant.DisplayName);
    }
}
