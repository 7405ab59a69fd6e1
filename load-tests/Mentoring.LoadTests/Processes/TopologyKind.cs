namespace Mentoring.LoadTests.Processes;

/// <summary>What the harness runs its scenarios against.</summary>
public enum TopologyKind
{
    /// <summary>One gateway co-hosting a silo, started by the harness: SQLite, or PostgreSQL when a connection string is given.</summary>
    Single,

    /// <summary>Two silos and a client-mode gateway on one fresh PostgreSQL database, started by the harness.</summary>
    Cluster,

    /// <summary>A gateway somebody else started on 127.0.0.1.</summary>
    External,
}
