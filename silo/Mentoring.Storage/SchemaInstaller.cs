namespace Mentoring.Storage;

/// <summary>
/// Applies the Orleans ADO.NET provider schemas. Each component script runs once per version
/// (recorded in <c>mentoring_schema_version</c>), inside one transaction; a database already at
/// or above a script's version is left untouched.
/// </summary>
public static class SchemaInstaller
{
    public static Task ApplyAsync(StorageEngine engine, string connectionString, SchemaComponents components, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var scripts = SchemaScripts.For(engine, components);
        return engine switch
        {
            StorageEngine.PostgreSql => PostgreSqlSchemaApplier.ApplyAsync(connectionString, scripts, cancellationToken),
            StorageEngine.Sqlite => SqliteSchemaApplier.ApplyAsync(connectionString, scripts, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown storage engine."),
        };
    }
}
