using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Mentoring.Storage;

/// <summary>ADO.NET invariant names to put in the Orleans provider options' <c>Invariant</c>.</summary>
public static class StorageInvariants
{
    public const string PostgreSql = "Npgsql";

    // Orleans 10.4 has no "Microsoft.Data.Sqlite" invariant; its "System.Data.SQLite"
    // entry loads Microsoft.Data.Sqlite.SqliteFactory, which is what we ship.
    public const string Sqlite = "System.Data.SQLite";

    /// <summary>
    /// Registers Microsoft.Data.Sqlite under <see cref="Sqlite"/> in <see cref="DbProviderFactories"/>,
    /// for code that resolves factories by invariant name. Safe to call more than once.
    /// </summary>
    public static void RegisterSqlite() => DbProviderFactories.RegisterFactory(Sqlite, SqliteFactory.Instance);
}
