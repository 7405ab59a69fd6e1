using System.Reflection;

namespace Mentoring.Storage;

/// <summary>Finds the embedded scripts for an engine, in the order they must run.</summary>
internal static class SchemaScripts
{
    private const string ResourcePrefix = "Mentoring.Storage.Sql.";

    public static IReadOnlyList<SchemaScript> For(StorageEngine engine, SchemaComponents components)
    {
        if (engine == StorageEngine.Sqlite && components.HasFlag(SchemaComponents.Clustering))
        {
            throw new NotSupportedException("SQLite hosts run a single silo on localhost clustering; ADO.NET clustering is provided for PostgreSQL only.");
        }

        if ((components & ~(SchemaComponents.Persistence | SchemaComponents.Clustering | SchemaComponents.Reminders)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(components), components, "Unknown schema component.");
        }

        var folder = engine switch
        {
            StorageEngine.PostgreSql => "PostgreSql",
            StorageEngine.Sqlite => "Sqlite",
            _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown storage engine."),
        };

        var scripts = new List<SchemaScript> { Load(folder, "Main") };
        if (components.HasFlag(SchemaComponents.Persistence))
        {
            scripts.Add(Load(folder, "Persistence"));
            scripts.Add(Load(folder, "Participants"));
            scripts.Add(Load(folder, "Events"));
        }

        if (components.HasFlag(SchemaComponents.Clustering))
        {
            scripts.Add(Load(folder, "Clustering"));
        }

        if (components.HasFlag(SchemaComponents.Reminders))
        {
            scripts.Add(Load(folder, "Reminders"));
        }

        return scripts;
    }

    public static SchemaScript Load(string folder, string name)
    {
        var assembly = typeof(SchemaScripts).Assembly;
        var expected = $"{ResourcePrefix}{folder}.{name}.sql";

        // MSBuild's RecursiveDir keeps the directory separator in the logical name on some hosts.
        var resourceName = assembly.GetManifestResourceNames()
            .SingleOrDefault(n => string.Equals(n.Replace('/', '.').Replace('\\', '.'), expected, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded schema script '{expected}' not found.");

        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return SchemaScript.Parse(resourceName, reader.ReadToEnd());
    }
}
