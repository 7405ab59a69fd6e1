using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Mentoring.Storage;

/// <summary>
/// What SQLite needs so that erased content leaves the files, not only the rows (docs/STORAGE.md):
/// <c>secure_delete</c> on every connection, so deleted and overwritten content is zeroed in the database pages,
/// and a checkpoint that empties the write-ahead log after an erasure, where earlier versions of those pages live on.
/// </summary>
public static class SqliteErasure
{
    private const string Library = "e_sqlite3";
    private const int Ok = 0;
    private const int CheckpointAttempts = 20;
    private static readonly TimeSpan CheckpointRetryDelay = TimeSpan.FromMilliseconds(50);

    private static readonly Lock Gate = new();

    // Kept for the life of the process: SQLite calls it on every connection it opens.
    private static readonly OpenHook OnOpen = SecureDeleteOn;
    private static bool _enabled;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int OpenHook(IntPtr database, IntPtr errorMessage, IntPtr api);

    /// <summary>
    /// Turns <c>PRAGMA secure_delete</c> on for every SQLite connection this process opens from now on, ours and the
    /// Orleans providers' alike. The pragma holds per connection only and no connection-string keyword sets it, so
    /// it is set by an automatic extension (sqlite3_auto_extension), SQLite's hook run as each connection opens.
    /// Safe to call more than once.
    /// </summary>
    public static void EnableSecureDelete()
    {
        lock (Gate)
        {
            if (_enabled)
            {
                return;
            }

            var result = NativeMethods.AutoExtension(Marshal.GetFunctionPointerForDelegate(OnOpen));
            if (result != Ok)
            {
                throw new InvalidOperationException($"SQLite refused the secure_delete hook (sqlite3_auto_extension returned {result}).");
            }

            _enabled = true;
        }
    }

    /// <summary>
    /// Copies the write-ahead log into the database file and truncates it to zero bytes, so no earlier version of an
    /// erased page stays in <c>-wal</c>. Waits for readers still using the log; false when they kept it busy throughout.
    /// </summary>
    public static async Task<bool> CheckpointAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        for (var attempt = 1; ; attempt++)
        {
            // One row: busy (1 when a reader or writer kept the checkpoint from finishing), log frames, checkpointed frames.
            var busy = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            if (busy == 0)
            {
                return true;
            }

            if (attempt == CheckpointAttempts)
            {
                return false;
            }

            await Task.Delay(CheckpointRetryDelay, cancellationToken).ConfigureAwait(false);
        }
    }

    // A non-zero result fails the open, so a connection never runs without it.
    private static int SecureDeleteOn(IntPtr database, IntPtr errorMessage, IntPtr api) =>
        NativeMethods.Exec(database, "PRAGMA secure_delete = ON;", IntPtr.Zero, IntPtr.Zero, IntPtr.Zero);

    private static class NativeMethods
    {
        [DllImport(Library, EntryPoint = "sqlite3_auto_extension", CallingConvention = CallingConvention.Cdecl)]
        public static extern int AutoExtension(IntPtr entryPoint);

        [DllImport(Library, EntryPoint = "sqlite3_exec", CallingConvention = CallingConvention.Cdecl)]
        public static extern int Exec(
            IntPtr database, [MarshalAs(UnmanagedType.LPUTF8Str)] string sql, IntPtr callback, IntPtr argument, IntPtr errorMessage);
    }
}
