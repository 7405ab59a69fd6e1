using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Mentoring.Storage.Faults;

/// <summary>
/// Which storage faults pass on their own (a broken connection, a server restart or failover, a timeout, a busy SQLite
/// file) and are worth repeating, and which are the request's own. Wrappers (Orleans storage, grain calls, Task.WhenAll)
/// are looked through.
/// </summary>
public static class TransientStorageFaults
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool IsTransient(Exception exception) => exception switch
    {
        // The retry budget is spent: repeating again would make the bound meaningless.
        StorageUnavailableException => false,
        TransientStorageFaultException => true,
        StorageFaultException => false,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsTransient),
        PostgresException postgres => IsTransientState(postgres.SqlState),
        NpgsqlException npgsql => npgsql.IsTransient || (npgsql.InnerException is { } inner && IsTransient(inner)),
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        SocketException or TimeoutException or IOException => true,
        { InnerException: { } inner } => IsTransient(inner),
        _ => false,
    };

    /// <summary>Whether a database, network or timeout fault is in the chain (an etag conflict or a bug is not).</summary>
    public static bool IsStorageFault(Exception exception) =>
        Chain(exception).Any(e => e is System.Data.Common.DbException or SocketException or IOException or TimeoutException);

    /// <summary>The deepest exception of the chain: the database's own words.</summary>
    public static Exception Innermost(Exception exception) => Chain(exception).Last();

    /// <summary>Why an operation failed, in words for a round's state: a spent retry budget's reason, under whatever wraps it.</summary>
    public static string Reason(Exception exception) =>
        Chain(exception).OfType<StorageUnavailableException>().FirstOrDefault()?.Message ?? exception.Message;

    /// <summary>
    /// After a dropped connection the server most likely dropped every pooled one (restart, failover,
    /// pg_terminate_backend); Npgsql keeps them until each fails once, so without this every retry could draw another dead one.
    /// </summary>
    public static void ForgetPooledConnections(Exception exception)
    {
        if (Chain(exception).Any(e => e is NpgsqlException or TransientStorageFaultException))
        {
            NpgsqlConnection.ClearAllPools();
        }
    }

    // Class 08: connection exceptions; 57P01-03: admin/crash shutdown, cannot connect now; 53300: too many connections.
    private static bool IsTransientState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState is "57P01" or "57P02" or "57P03" or "53300" or "40001" or "40P01";

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }

                yield break;
            }
        }
    }
}
