using Mentoring.Storage;

namespace Mentoring.Hosting;

/// <summary>Resolves the configured storage to an engine, an ADO.NET invariant and a connection string.</summary>
public sealed record StorageConnection(StorageEngine Engine, string Invariant, string ConnectionString)
{
    public static StorageConnection From(MentoringOptions options)
    {
        switch (options.Storage.Engine)
        {
            case StorageEngineKind.PostgreSql:
                if (string.IsNullOrWhiteSpace(options.Storage.ConnectionString))
                {
                    throw new InvalidOperationException(
                        "Mentoring:Storage:ConnectionString is required when Mentoring:Storage:Engine is PostgreSql.");
                }

                return new(StorageEngine.PostgreSql, StorageInvariants.PostgreSql, options.Storage.ConnectionString);

            default:
                var connectionString = options.Storage.ConnectionString;
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    var file = Path.GetFullPath(Path.Combine(options.DataDirectory, "mentoring.db"));
                    connectionString = $"Data Source={file}";
                }

                return new(StorageEngine.Sqlite, StorageInvariants.Sqlite, connectionString);
        }
    }
}
