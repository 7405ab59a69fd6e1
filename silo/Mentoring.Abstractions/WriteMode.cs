namespace Mentoring.Abstractions;

/// <summary>How a write treats an existing or missing resource.</summary>
[GenerateSerializer]
public enum WriteMode
{
    /// <summary>Fails with AlreadyExists when different content exists; identical content is Unchanged.</summary>
    Create = 1,

    /// <summary>Fails with NotFound when nothing exists.</summary>
    Update = 2,

    /// <summary>Creates or replaces: what partners use to sync.</summary>
    Upsert = 3,
}
