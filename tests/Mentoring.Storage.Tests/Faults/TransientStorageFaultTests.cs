using System.Net.Sockets;
using Mentoring.Storage.Faults;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Mentoring.Storage.Tests.Faults;

public sealed class TransientStorageFaultTests
{
    [Theory]
    [InlineData("57P01")]
    [InlineData("57P02")]
    [InlineData("57P03")]
    [InlineData("08006")]
    [InlineData("53300")]
    public void A_server_restart_failover_or_lost_connection_is_transient(string sqlState) =>
        Assert.True(TransientStorageFaults.IsTransient(Postgres(sqlState)));

    [Theory]
    [InlineData("P0001")]
    [InlineData("23505")]
    [InlineData("42P01")]
    public void A_fault_of_the_statement_itself_is_persistent(string sqlState) =>
        Assert.False(TransientStorageFaults.IsTransient(Postgres(sqlState)));

    [Fact]
    public void A_fault_wrapped_by_Orleans_storage_or_a_grain_call_is_classified_by_what_it_wraps()
    {
        Assert.True(TransientStorageFaults.IsTransient(new InvalidOperationException("Error from storage provider", Postgres("57P01"))));
        Assert.False(TransientStorageFaults.IsTransient(new InvalidOperationException("Error from storage provider", Postgres("P0001"))));
    }

    [Fact]
    public void Sockets_timeouts_and_broken_streams_are_transient()
    {
        Assert.True(TransientStorageFaults.IsTransient(new NpgsqlException("Exception while reading from stream", new IOException("reset"))));
        Assert.True(TransientStorageFaults.IsTransient(new SocketException((int)SocketError.ConnectionRefused)));
        Assert.True(TransientStorageFaults.IsTransient(new TimeoutException()));
    }

    [Fact]
    public void A_busy_or_locked_SQLite_file_is_transient_and_a_constraint_is_not()
    {
        Assert.True(TransientStorageFaults.IsTransient(new SqliteException("busy", 5)));
        Assert.True(TransientStorageFaults.IsTransient(new SqliteException("locked", 6)));
        Assert.False(TransientStorageFaults.IsTransient(new SqliteException("constraint", 19)));
    }

    [Fact]
    public void Many_faults_together_are_transient_only_when_each_is()
    {
        Assert.True(TransientStorageFaults.IsTransient(new AggregateException(Postgres("57P01"), new TimeoutException())));
        Assert.False(TransientStorageFaults.IsTransient(new AggregateException(Postgres("57P01"), Postgres("P0001"))));
    }

    [Fact]
    public void A_spent_retry_budget_is_never_retried_again() =>
        Assert.False(TransientStorageFaults.IsTransient(new InvalidOperationException("wrapped", new StorageUnavailableException("spent"))));

    [Fact]
    public void The_reason_of_a_spent_budget_is_found_under_the_Orleans_wrapper() =>
        Assert.Equal("Storage stayed unavailable", TransientStorageFaults.Reason(
            new InvalidOperationException("Error from storage provider", new StorageUnavailableException("Storage stayed unavailable"))));

    private static PostgresException Postgres(string sqlState) => new("injected", "FATAL", "FATAL", sqlState);
}
