namespace Mentoring.Storage;

/// <summary>The Orleans provider schemas the installer can apply; the shared query catalogue is always applied.</summary>
[Flags]
public enum SchemaComponents
{
    Persistence = 1,
    Clustering = 2,
    Reminders = 4,
}
