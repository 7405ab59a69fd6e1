using Mentoring.Testing;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>Configuration sets for the topologies the tests start; Orleans ports are reserved (<see cref="ReservedPorts"/>).</summary>
public static class Settings
{
    /// <summary>The embedded default: one co-hosted node on SQLite under <paramref name="dataDirectory"/>.</summary>
    public static Dictionary<string, string> EmbeddedSqlite(string dataDirectory) => new()
    {
        ["Mentoring:DataDirectory"] = dataDirectory,
        ["Mentoring:Storage:Engine"] = "Sqlite",
        ["Mentoring:Cluster:Clustering"] = "Localhost",
        ["Mentoring:Cluster:SiloPort"] = ReservedPorts.NextText(),
        ["Mentoring:Cluster:GatewayPort"] = ReservedPorts.NextText(),
    };

    /// <summary>One co-hosted node with grain state in PostgreSQL.</summary>
    public static Dictionary<string, string> SingleNodePostgres(string connectionString) => new()
    {
        ["Mentoring:Storage:Engine"] = "PostgreSql",
        ["Mentoring:Storage:ConnectionString"] = connectionString,
        ["Mentoring:Cluster:Clustering"] = "Localhost",
        ["Mentoring:Cluster:SiloPort"] = ReservedPorts.NextText(),
        ["Mentoring:Cluster:GatewayPort"] = ReservedPorts.NextText(),
    };

    /// <summary>A cluster member with membership and state in PostgreSQL.</summary>
    public static Dictionary<string, string> ClusterMember(string connectionString, string clusterId) => new()
    {
        ["Mentoring:Storage:Engine"] = "PostgreSql",
        ["Mentoring:Storage:ConnectionString"] = connectionString,
        ["Mentoring:Cluster:Clustering"] = "AdoNet",
        ["Mentoring:Cluster:ClusterId"] = clusterId,
        ["Mentoring:Cluster:SiloPort"] = ReservedPorts.NextText(),
        ["Mentoring:Cluster:GatewayPort"] = ReservedPorts.NextText(),
    };
}
