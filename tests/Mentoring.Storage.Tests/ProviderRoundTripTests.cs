using Orleans.Storage;
using Mentoring.Storage.Tests.Grains;

namespace Mentoring.Storage.Tests;

/// <summary>
/// Runs the real Orleans 10.4.2 ADO.NET grain storage and reminder providers, as the product silo configures them, against our scripts.
/// Derived classes choose the engine and supply a database the schema has been applied to.
/// </summary>
public abstract class ProviderRoundTripTests : IAsyncLifetime
{
    protected abstract StorageEngine Engine { get; }

    protected abstract string ConnectionString { get; }

    protected virtual SchemaComponents Components => SchemaComponents.Persistence | SchemaComponents.Reminders;

    public virtual Task InitializeAsync() =>
        SchemaInstaller.ApplyAsync(Engine, ConnectionString, Components, CancellationToken.None);

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task State_written_by_one_silo_is_read_back_after_a_restart()
    {
        var key = NewKey();
        var host = await StartSiloAsync();
        try
        {
            await TestSilo.Grains(host).GetGrain<IStateTestGrain>(key).WriteAsync("first");
            await TestSilo.Grains(host).GetGrain<IStateTestGrain>(key).WriteAsync("second");
            Assert.Equal("2", await TestSilo.Grains(host).GetGrain<IStateTestGrain>(key).GetETagAsync());
        }
        finally
        {
            await TestSilo.StopAsync(host);
        }

        host = await StartSiloAsync();
        try
        {
            var grain = TestSilo.Grains(host).GetGrain<IStateTestGrain>(key);
            Assert.Equal("second", await grain.ReadAsync());
            Assert.Equal("2", await grain.GetETagAsync());
            Assert.Equal(1, await RowCountAsync(key));
        }
        finally
        {
            await TestSilo.StopAsync(host);
        }
    }

    [Fact]
    public async Task Write_with_a_stale_etag_raises_InconsistentStateException()
    {
        var key = NewKey();
        var host = await StartSiloAsync();
        try
        {
            var grain = TestSilo.Grains(host).GetGrain<IStateTestGrain>(key);
            await grain.WriteAsync("mine");

            // Another writer (a duplicate activation during a split) moves the row on.
            await Database.ExecuteAsync(Engine, ConnectionString,
                $"UPDATE OrleansStorage SET Version = Version + 1 WHERE GrainIdExtensionString = '{key}'");

            await Assert.ThrowsAsync<InconsistentStateException>(() => grain.WriteAsync("stale"));
            Assert.Equal(2L, await Database.CountAsync(Engine, ConnectionString,
                $"SELECT Version FROM OrleansStorage WHERE GrainIdExtensionString = '{key}'"));
        }
        finally
        {
            await TestSilo.StopAsync(host);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Clear_deletes_the_row_and_the_grain_can_write_again(bool deleteStateOnClear)
    {
        var key = NewKey();
        var host = await StartSiloAsync(deleteStateOnClear);
        try
        {
            var grain = TestSilo.Grains(host).GetGrain<IStateTestGrain>(key);
            await grain.WriteAsync("personal data");
            Assert.Equal(1, await RowCountAsync(key));

            await grain.ClearAsync();

            // Erasure: the row itself is gone, not only its payload.
            Assert.Equal(0, await RowCountAsync(key));
            Assert.Null(await grain.ReadAsync());

            // Clearing an already erased state is not a conflict.
            await grain.ClearAsync();
            Assert.Equal(0, await RowCountAsync(key));

            await grain.WriteAsync("after erase");
            Assert.Equal(1, await RowCountAsync(key));
            Assert.Equal("1", await grain.GetETagAsync());
        }
        finally
        {
            await TestSilo.StopAsync(host);
        }

        host = await StartSiloAsync(deleteStateOnClear);
        try
        {
            Assert.Equal("after erase", await TestSilo.Grains(host).GetGrain<IStateTestGrain>(key).ReadAsync());
        }
        finally
        {
            await TestSilo.StopAsync(host);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Write_after_another_writer_recreated_an_erased_row_is_rejected(bool deleteStateOnClear)
    {
        var key = NewKey();
        var saved = $"saved_{Guid.NewGuid():N}";
        var host = await StartSiloAsync(deleteStateOnClear);
        try
        {
            var grain = TestSilo.Grains(host).GetGrain<IStateTestGrain>(key);
            await grain.WriteAsync("v1");
            await Database.ExecuteAsync(Engine, ConnectionString,
                $"CREATE TABLE {saved} AS SELECT * FROM OrleansStorage WHERE GrainIdExtensionString = '{key}'");
            await grain.ClearAsync();

            // A duplicate activation writes the state again after our erase.
            await Database.ExecuteAsync(Engine, ConnectionString, $"UPDATE {saved} SET Version = 5");
            await Database.ExecuteAsync(Engine, ConnectionString, $"INSERT INTO OrleansStorage SELECT * FROM {saved}");

            await Assert.ThrowsAsync<InconsistentStateException>(() => grain.WriteAsync("blind overwrite"));
            Assert.Equal(1, await RowCountAsync(key));
            Assert.Equal(5L, await Database.CountAsync(Engine, ConnectionString,
                $"SELECT Version FROM OrleansStorage WHERE GrainIdExtensionString = '{key}'"));
        }
        finally
        {
            await TestSilo.StopAsync(host);
        }
    }

    [Fact]
    public async Task Reminder_is_stored_read_back_and_removed()
    {
        var key = NewKey();
        var host = await StartSiloAsync();
        try
        {
            var grain = TestSilo.Grains(host).GetGrain<IReminderTestGrain>(key);
            await grain.RegisterAsync("daily-digest");

            Assert.Equal(1L, await Database.CountAsync(Engine, ConnectionString,
                $"SELECT count(*) FROM {ReminderTable} WHERE GrainId LIKE '%{key}' AND ReminderName = 'daily-digest'"));
            Assert.Equal(["daily-digest"], await grain.ListAsync());

            await grain.RegisterAsync("daily-digest");
            Assert.Equal(1L, await Database.CountAsync(Engine, ConnectionString,
                $"SELECT Version FROM {ReminderTable} WHERE GrainId LIKE '%{key}'"));

            await grain.UnregisterAsync("daily-digest");
            Assert.Equal(0L, await Database.CountAsync(Engine, ConnectionString,
                $"SELECT count(*) FROM {ReminderTable} WHERE GrainId LIKE '%{key}'"));
        }
        finally
        {
            await TestSilo.StopAsync(host);
        }
    }

    private string ReminderTable => Engine == StorageEngine.PostgreSql ? "orleansremindertable" : "OrleansRemindersTable";

    protected static string NewKey() => $"grain-{Guid.NewGuid():N}";

    protected Task<Microsoft.Extensions.Hosting.IHost> StartSiloAsync(bool deleteStateOnClear = true) =>
        TestSilo.StartAsync(new TestSilo.Options(Engine, ConnectionString, $"cluster-{Guid.NewGuid():N}", deleteStateOnClear));

    protected async Task<long> RowCountAsync(string key) =>
        await Database.CountAsync(Engine, ConnectionString, $"SELECT count(*) FROM OrleansStorage WHERE GrainIdExtensionString = '{key}'");
}
