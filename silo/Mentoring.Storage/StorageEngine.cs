namespace Mentoring.Storage;

/// <summary>The relational engines the Orleans ADO.NET providers are deployed on.</summary>
public enum StorageEngine
{
    Sqlite,
    PostgreSql,
}
